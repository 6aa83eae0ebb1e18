package vn.pakn.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under /api; the pages under / call the same API that third parties use. */
@ApplicationPath("/api")
public class PaknApplication extends Application {
}
