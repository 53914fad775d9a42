package org.dateline.web;

import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The offline base map: {@code GET /api/basemap} (which layers the desk can draw, {@link BaseMap}) and
 * {@code GET /api/places/{z}/{x}/{y}} (the place names of a map tile, {@link PlaceLabels}). The names are read from
 * the gazetteer in the background when the server starts; a tile asked for meanwhile waits for them.
 */
final class BaseMapRoutes {
    private static final long WAIT_SECONDS = 60;
    private final CompletableFuture<PlaceLabels> labels;
    private final Once<BaseMap> map;

    /**
     * @param vendor the page's npm packages, or null
     * @param names  reads the places to name (may take seconds; run on a background thread)
     */
    BaseMapRoutes(Path vendor, Supplier<List<PlaceLabels.PlaceLabel>> names) {
        this.map = new Once<>(() -> BaseMap.of(vendor, 0));
        this.labels = CompletableFuture.supplyAsync(() -> {
            try {
                return new PlaceLabels(names.get());
            } catch (RuntimeException e) {
                System.err.println("dateline: the map's place names could not be read: " + e.getMessage());
                return PlaceLabels.empty();
            }
        }, runnable -> {
            Thread t = new Thread(runnable, "dateline-place-names");
            t.setDaemon(true);
            t.start();
        });
    }

    /** {@code GET /api/basemap}. */
    BaseMap basemap(Context ctx) {
        QueryParams.of(ctx, Set.of());
        PlaceLabels names = labels.getNow(null);
        return map.get().withPlaceNames(names == null ? 0 : names.size());
    }

    /** {@code GET /api/places/{z}/{x}/{y}}: the names of a tile, most important first. */
    List<PlaceLabels.PlaceLabel> tile(Context ctx) {
        QueryParams.of(ctx, Set.of());
        int z = coordinate(ctx, "z");
        int x = coordinate(ctx, "x");
        int y = coordinate(ctx, "y");
        try {
            List<PlaceLabels.PlaceLabel> out = labels.get(WAIT_SECONDS, TimeUnit.SECONDS).tile(z, x, y);
            ctx.header("Cache-Control", "max-age=3600");
            return out;
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        } catch (TimeoutException e) {
            throw new ApiException(503, "the place names are still being read from the gazetteer; try again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "interrupted while reading the place names");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static int coordinate(Context ctx, String name) {
        String text = ctx.pathParam(name);
        if (!text.matches("[0-9]{1,6}")) {
            throw ApiException.badRequest("'" + name + "' of a tile must be a whole number, got '" + text + "'");
        }
        return Integer.parseInt(text);
    }
}
