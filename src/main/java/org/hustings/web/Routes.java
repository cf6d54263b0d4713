package org.hustings.web;

import io.javalin.Javalin;
import io.javalin.http.Handler;

/** Registers routes, refusing any route that {@link AccessTable} does not know: new routes start closed. */
final class Routes {
    private final Javalin app;

    Routes(Javalin app) {
        this.app = app;
    }

    void get(String path, Handler handler) {
        require("GET " + path);
        app.get(path, handler);
    }

    void post(String path, Handler handler) {
        require("POST " + path);
        app.post(path, handler);
    }

    void put(String path, Handler handler) {
        require("PUT " + path);
        app.put(path, handler);
    }

    private static void require(String route) {
        if (!AccessTable.known(route)) {
            throw new IllegalStateException("The route " + route + " has no entry in AccessTable: decide who may use it first.");
        }
    }
}
