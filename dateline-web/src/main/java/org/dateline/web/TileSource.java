package org.dateline.web;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A map tile URL template in Leaflet's form, {@code https://{s}.tile.example.org/{z}/{x}/{y}.png}, and the origin the
 * page's Content-Security-Policy must allow images from. Only http(s) addresses of a plain host name are taken, so
 * that nothing in it can widen or break the policy.
 *
 * @param template the template
 * @param origin   the scheme and host images come from ({@code https://*.tile.example.org} when the host has the
 *                 {@code {s}} subdomain placeholder)
 */
public record TileSource(String template, String origin) {
    private static final Pattern URL = Pattern.compile("(https?)://"
            + "((?:\\{s\\}\\.)?[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?)" // host, port
            + "(/[A-Za-z0-9/{}._~%@+=&?-]*)"); // path and query

    public TileSource {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(origin, "origin");
    }

    /** The source of a template, or an IllegalArgumentException that says what is wrong with it. */
    public static TileSource of(String template) {
        Matcher m = URL.matcher(template == null ? "" : template.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("tiles must be an http(s) URL template such as"
                    + " https://tile.openstreetmap.org/{z}/{x}/{y}.png, got '" + template + "'");
        }
        for (String placeholder : new String[] {"{z}", "{x}", "{y}"}) {
            if (!m.group(3).contains(placeholder)) {
                throw new IllegalArgumentException("the tiles template has no " + placeholder + ": '" + template + "'");
            }
        }
        String host = m.group(2).replace("{s}.", "*.");
        return new TileSource(m.group(), m.group(1) + "://" + host);
    }

    @Override
    public String toString() {
        return template;
    }
}
