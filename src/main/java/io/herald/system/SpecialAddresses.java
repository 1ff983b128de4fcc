package io.herald.system;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv6.IPv6Address;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * The addresses Herald never posts to: every block of IANA's IPv4 and IPv6 special-purpose address registries
 * (RFC 6890 and its updates) that is not a plain internet host, plus IPv6 outside 2000::/3, the only block handed
 * out for the internet. Where an IPv6 address carries an IPv4 one that a router will unwrap (IPv4-mapped, NAT64's
 * well-known prefix, 6to4), the IPv4 address decides: [64:ff9b::7f00:1] is 127.0.0.1 to the NAT64 gateway. The
 * few anycast services inside refused blocks (e.g. 192.0.0.9, 2001:1::1) are refused too: no webhook lives there.
 */
final class SpecialAddresses {

    private record Block(IPAddress range, String name) {

        static Block of(String cidr, String name) {
            return new Block(new IPAddressString(cidr).getAddress(), "is in " + cidr + ", " + name);
        }
    }

    // The more specific block first, so that a message names the closest one.
    private static final List<Block> IPV4 = List.of(
            Block.of("0.0.0.0/8", "\"this network\""),
            Block.of("10.0.0.0/8", "a private network"),
            Block.of("100.64.0.0/10", "carrier-grade NAT"),
            Block.of("127.0.0.0/8", "loopback"),
            Block.of("169.254.0.0/16", "link-local, where cloud metadata services answer"),
            Block.of("172.16.0.0/12", "a private network"),
            Block.of("192.0.0.0/24", "reserved for IETF protocols"),
            Block.of("192.0.2.0/24", "documentation"),
            Block.of("192.88.99.0/24", "the retired 6to4 relay"),
            Block.of("192.168.0.0/16", "a private network"),
            Block.of("198.18.0.0/15", "benchmarking"),
            Block.of("198.51.100.0/24", "documentation"),
            Block.of("203.0.113.0/24", "documentation"),
            Block.of("224.0.0.0/4", "multicast"),
            Block.of("255.255.255.255/32", "broadcast"),
            Block.of("240.0.0.0/4", "reserved"));

    private static final List<Block> IPV6 = List.of(
            Block.of("::/128", "unspecified"),
            Block.of("::1/128", "loopback"),
            Block.of("::/96", "IPv4-compatible, deprecated"),
            Block.of("64:ff9b:1::/48", "local IPv4/IPv6 translation"),
            Block.of("100::/64", "discard-only"),
            Block.of("2001:db8::/32", "documentation"),
            Block.of("2001::/23", "reserved for IETF protocols, Teredo included"),
            Block.of("3fff::/20", "documentation"),
            Block.of("5f00::/16", "segment routing"),
            Block.of("fc00::/7", "a unique-local (private) network"),
            Block.of("fec0::/10", "site-local, deprecated"),
            Block.of("fe80::/10", "link-local"),
            Block.of("ff00::/8", "multicast"));

    private static final IPAddress GLOBAL_UNICAST = new IPAddressString("2000::/3").getAddress();

    private SpecialAddresses() {
    }

    /** Why Herald must not post to the address, e.g. "is in 127.0.0.0/8, loopback"; empty for an internet host. */
    static Optional<String> of(InetAddress address) {
        byte[] bytes = address.getAddress(); // without an IPv6 zone, which no block has
        return address instanceof Inet4Address ? ipv4(new IPv4Address(bytes)) : ipv6(new IPv6Address(bytes));
    }

    private static Optional<String> ipv4(IPv4Address address) {
        return IPV4.stream().filter(block -> block.range().contains(address)).map(Block::name).findFirst();
    }

    private static Optional<String> ipv6(IPv6Address address) {
        Optional<IPv4Address> embedded = address.isIPv4Mapped() || address.isWellKnownIPv4Translatable()
                ? Optional.of(address.getEmbeddedIPv4Address())
                : address.is6To4() ? Optional.of(address.get6To4IPv4Address()) : Optional.empty();
        if (embedded.isPresent()) {
            return ipv4(embedded.get()).map(why -> "carries " + embedded.get() + ", which " + why);
        }
        Optional<String> special = IPV6.stream().filter(block -> block.range().contains(address))
                .map(Block::name).findFirst();
        if (special.isEmpty() && !GLOBAL_UNICAST.contains(address)) {
            return Optional.of("is outside 2000::/3, the block of IPv6 internet addresses");
        }
        return special;
    }
}
