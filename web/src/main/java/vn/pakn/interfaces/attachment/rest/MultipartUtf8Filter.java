package vn.pakn.interfaces.attachment.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Browsers and curl send the text parts of multipart/form-data without a charset, and RESTEasy then reads them
 * as US-ASCII (RFC 2046's default), which turns every Vietnamese letter into U+FFFD before our code sees it.
 * HTML 5 says such parts are in the page's encoding, which for us is UTF-8: tell RESTEasy so for each request.
 */
@Provider
@PreMatching
public class MultipartUtf8Filter implements ContainerRequestFilter {

    /** RESTEasy's {@code InputPart.DEFAULT_CHARSET_PROPERTY}, named here to keep the API free of RESTEasy types. */
    static final String DEFAULT_CHARSET_PROPERTY = "resteasy.provider.multipart.inputpart.defaultCharset";

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            request.setProperty(DEFAULT_CHARSET_PROPERTY, "UTF-8");
        }
    }
}
