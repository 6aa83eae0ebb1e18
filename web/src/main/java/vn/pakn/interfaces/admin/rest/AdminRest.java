package vn.pakn.interfaces.admin.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** What the admin resources share: the body-required message and the 201 answer with its Location. */
final class AdminRest {

    static final String BODY_REQUIRED = "Thiếu nội dung | Body required";

    private AdminRest() {
    }

    /** 201 Created, Location = the request URI + "/" + {@code key}. */
    static Response created(UriInfo uri, Object key, Object entity) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(key)).build()).entity(entity).build();
    }
}
