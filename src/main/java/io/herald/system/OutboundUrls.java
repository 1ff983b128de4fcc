package io.herald.system;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

/**
 * Guards the URLs Herald posts to (webhooks, chat): http or https only, and never an address inside the
 * network Herald runs in (loopback, private, link-local, carrier-grade NAT, unique-local IPv6), so that a
 * subscriber cannot make Herald call its neighbours. HERALD_OUTBOUND_ALLOW_PRIVATE lets an admin allow them,
 * e.g. for a chat server on the company network. Checked when a URL is registered and again before each
 * send, since a name can be made to resolve elsewhere later.
 */
@Singleton
public class OutboundUrls {

    private final boolean allowPrivate;

    OutboundUrls(@Value("${herald.outbound.allow-private:false}") boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** The URL, if Herald may post to it; otherwise a clear error on {@code field}. */
    public URI check(String field, String url) {
        URI uri = parse(field, url);
        String refusal = refusal(uri.getHost());
        if (refusal != null) {
            throw new InvalidInputException(field, refusal);
        }
        return uri;
    }

    /** The URL, if it has the form of one Herald may post to, without looking its host up yet. */
    public URI parse(String field, String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.trim());
        } catch (URISyntaxException e) {
            throw new InvalidInputException(field, "'" + url + "' is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new InvalidInputException(field, "Use an http:// or https:// URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidInputException(field, "The URL has no host name");
        }
        if (uri.getUserInfo() != null) {
            throw new InvalidInputException(field, "Leave the user name and password out of the URL");
        }
        return uri;
    }

    /** Why Herald must not post to this host now, or null if it may. */
    public String refusal(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return "The host name '" + host + "' does not resolve";
        }
        if (allowPrivate) {
            return null;
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return "'" + host + "' is a private or loopback address (" + address.getHostAddress()
                        + "); Herald does not post inside its own network unless an admin sets HERALD_OUTBOUND_ALLOW_PRIVATE";
            }
        }
        return null;
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // fc00::/7, unique local
        }
        return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64 // 100.64.0.0/10, carrier-grade NAT
                || (b[0] & 0xff) == 0; // 0.0.0.0/8
    }
}
