package io.herald.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;

import java.net.InetSocketAddress;

/** Who made a change and from where: written to the audit log and to status history. */
public record Actor(String name, String remoteAddress) {

    public static final Actor SYSTEM = new Actor("system", "");

    public static Actor of(Authentication authentication, HttpRequest<?> request) {
        InetSocketAddress address = request.getRemoteAddress();
        String remote = address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
        return new Actor(authentication.getName(), remote);
    }
}
