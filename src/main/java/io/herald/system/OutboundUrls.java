package io.herald.system;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Guards the URLs Herald posts to (webhooks, chat): http or https only, and never an address inside the network
 * Herald runs in or otherwise no internet host (see {@link SpecialAddresses}), so that a subscriber cannot make
 * Herald call its neighbours or the cloud's metadata service. HERALD_OUTBOUND_ALLOW_PRIVATE lets an admin allow
 * them, e.g. for a chat server on the company network. Checked when a URL is registered and again before each
 * post, since a name can be made to resolve elsewhere later; a post then connects to the very address checked
 * (see {@link OutboundHttp}), so that a name cannot resolve once for the check and once more for the connection.
 */
@Singleton
public class OutboundUrls {

    private final boolean allowPrivate;
    private final HostLookup lookup;

    OutboundUrls(@Value("${herald.outbound.allow-private:false}") boolean allowPrivate, HostLookup lookup) {
        this.allowPrivate = allowPrivate;
        this.lookup = lookup;
    }

    /** The URL, if Herald may post to it; otherwise a clear error on {@code field}. */
    public URI check(String field, String url) {
        URI uri = parse(field, url);
        try {
            resolve(uri);
        } catch (OutboundRefusal refusal) {
            throw new InvalidInputException(field, refusal.getMessage());
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

    /**
     * Looks the URL's host up once and answers the address to connect to: the first one, once every address the
     * name has is found outside Herald's network (a name with one private address among public ones is refused,
     * since a client may pick any of them).
     */
    public InetAddress resolve(URI url) throws OutboundRefusal {
        String host = url.getHost();
        List<InetAddress> addresses;
        try {
            addresses = lookup.addresses(host);
        } catch (UnknownHostException e) {
            addresses = List.of();
        }
        if (addresses.isEmpty()) {
            throw new OutboundRefusal("The host name '" + host + "' does not resolve", true);
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                Optional<String> special = SpecialAddresses.of(address);
                if (special.isPresent()) {
                    throw new OutboundRefusal("'" + host + "' is inside a private or reserved network ("
                            + address.getHostAddress() + " " + special.get() + "); Herald posts only to internet "
                            + "addresses unless an admin sets HERALD_OUTBOUND_ALLOW_PRIVATE", false);
                }
            }
        }
        return addresses.get(0);
    }
}
