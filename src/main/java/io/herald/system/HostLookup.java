package io.herald.system;

import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Looks a host name up. A seam of its own so that tests can stand in for a DNS server, one that answers a name
 * Herald posts to or changes its answer between two lookups (DNS rebinding).
 */
@FunctionalInterface
public interface HostLookup {

    List<InetAddress> addresses(String host) throws UnknownHostException;

    /** The JVM's resolver, as used by everything else in Herald. */
    @Singleton
    class Jvm implements HostLookup {

        @Override
        public List<InetAddress> addresses(String host) throws UnknownHostException {
            return List.of(InetAddress.getAllByName(host));
        }
    }
}
