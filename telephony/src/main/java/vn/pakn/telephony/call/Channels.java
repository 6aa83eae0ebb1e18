package vn.pakn.telephony.call;

/** Reading Asterisk channel names. */
public final class Channels {

    private Channels() {
    }

    /**
     * The extension in a channel or interface name: {@code PJSIP/101-0000002a → 101},
     * {@code Local/101@agents-0001;1 → 101}, {@code SIP/777 → 777}; null for null or empty input.
     */
    public static String extensionOf(String channel) {
        if (channel == null || channel.isEmpty()) {
            return null;
        }
        int slash = channel.indexOf('/');
        String rest = slash >= 0 ? channel.substring(slash + 1) : channel;
        int end = rest.length();
        for (char stop : new char[] {'@', ';', '-'}) {
            int i = rest.indexOf(stop);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return rest.substring(0, end);
    }
}
