package org.dateline.web;

/** The body of every error response: what was wrong, for people, and the HTTP status. */
record ErrorBody(String error, int status) {
}
