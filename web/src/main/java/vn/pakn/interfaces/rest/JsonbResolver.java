package vn.pakn.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for the whole API. Building a Jsonb is expensive (it introspects classes and loads the
 * provider by name); without this resolver the JSON provider may build one per request.
 */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** The same instance, for code that serialises outside the JAX-RS pipeline (e.g. the raw inbound payload). */
    public static Jsonb shared() {
        return JSONB;
    }
}
