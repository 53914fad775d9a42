package org.dateline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Errors that Jetty answers before a request reaches the routes (a malformed or ambiguous URI, headers too large):
 * the same JSON body and security headers as the API's own errors, never Jetty's HTML page or a stack trace.
 */
final class JettyErrors extends ErrorHandler {
    private final SecurityHeaders security;

    JettyErrors(SecurityHeaders security) {
        this.security = security;
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message)
            throws IOException {
        security.apply(response);
        response.setContentType(JsonResponses.CONTENT_TYPE);
        response.getOutputStream().write(JsonResponses.bytes(new ErrorBody(reason(code, message), code)));
        baseRequest.setHandled(true);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        security.headers().forEach(fields::put);
        fields.put(HttpHeader.CONTENT_TYPE, JsonResponses.CONTENT_TYPE);
        return ByteBuffer.wrap(JsonResponses.bytes(new ErrorBody(reason(status, reason), status)));
    }

    /** Jetty's reason when it is a plain phrase ("Ambiguous URI path segment"), never an exception's text. */
    private static String reason(int code, String message) {
        if (message != null && !message.isBlank() && message.length() <= 200 && !message.contains("Exception")
                && message.chars().noneMatch(Character::isISOControl)) {
            return message;
        }
        return code == 404 ? "not found" : "request refused (HTTP " + code + ")";
    }
}
