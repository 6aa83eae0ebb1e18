package vn.pakn.application.open311;

import java.util.List;
import java.util.Map;

/**
 * The arguments of POST requests as a client sends them (all strings, as in a form): {@code lat}/{@code long}
 * are parsed here, not by the web layer, so "21.03" and " 21.03 " are read alike. {@code attributes} maps an
 * attribute code to its values ({@code attribute[CODE]} or, for multivaluelist, {@code attribute[CODE][]}).
 */
public record ServiceRequestForm(String serviceCode, String lat, String lon, String addressString, String addressId,
                                 String email, String deviceId, String accountId, String firstName, String lastName,
                                 String phone, String description, String mediaUrl, Map<String, List<String>> attributes) {

    public ServiceRequestForm {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
