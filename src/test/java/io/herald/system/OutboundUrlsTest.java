package io.herald.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which addresses Herald posts to: none of IANA's special-purpose blocks, IPv4 hidden in IPv6 included, every
 * public one; checked on every address a name has, and the address answered is one of those checked.
 */
class OutboundUrlsTest {

    private final OutboundUrls strict = new OutboundUrls(false, new HostLookup.Jvm());

    @ParameterizedTest
    @ValueSource(strings = {
            // IPv4 special-purpose blocks, their edges included
            "0.0.0.0", "0.255.255.255", "10.0.0.1", "10.255.255.255", "100.64.0.1", "100.127.255.254", "127.0.0.1",
            "127.255.255.254", "169.254.169.254", "172.16.0.1", "172.31.255.255", "192.0.0.1", "192.0.0.9",
            "192.0.0.255", "192.0.2.1", "192.88.99.1", "192.168.1.1", "198.18.0.1", "198.19.255.255", "198.51.100.7",
            "203.0.113.9", "224.0.0.1", "239.255.255.250", "240.0.0.1", "250.1.2.3", "255.255.255.254",
            "255.255.255.255",
            // odd IPv4 spellings of loopback
            "2130706433", "127.000.000.001", "127.1", "0x7f.0.0.1", "017700000001",
            // IPv6 special-purpose blocks
            "[::]", "[::1]", "[::127.0.0.1]", "[::8.8.8.8]", "[::ffff:127.0.0.1]", "[::ffff:10.0.0.1]",
            "[::ffff:7f00:1]", "[64:ff9b::7f00:1]", "[64:ff9b::a9fe:a9fe]", "[64:ff9b::10.1.2.3]",
            "[64:ff9b:1::808:808]", "[100::1]", "[2001::1]", "[2001:0:4136:e378:8000:63bf:3fff:fdd2]",
            "[2001:2::1]", "[2001:1ff:ffff::1]", "[2001:db8::1]", "[2002:7f00:1::]", "[2002:a00:1::1]",
            "[2002:c0a8:101::1]", "[3fff::1]", "[5f00::1]", "[fc00::1]", "[fd12:3456:789a::1]", "[fe80::1]",
            "[febf::1]", "[fec0::1]", "[ff02::1]", "[ff05::1:3]",
            // IPv6 outside the block handed out for the internet
            "[4000::1]", "[1::1]", "[e000::1]"})
    void refusesEverySpecialPurposeAddress(String host) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> strict.check("url", "http://" + host + "/hook"), host);
        assertEquals("url", refused.field());
        assertTrue(refused.getMessage().contains("HERALD_OUTBOUND_ALLOW_PRIVATE")
                || refused.getMessage().contains("does not resolve")
                || refused.getMessage().contains("no host name"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "93.184.215.14", "9.255.255.255", "11.0.0.1", "100.63.255.255",
            "100.128.0.1", "126.255.255.255", "128.0.0.1", "169.253.255.255", "172.15.255.255", "172.32.0.1",
            "192.0.1.1", "192.0.3.1", "192.167.255.255", "192.169.0.1", "198.17.255.255", "198.20.0.1",
            "203.0.114.1", "223.255.255.255",
            "[2606:4700:4700::1111]", "[2a00:1450:4001:82a::200e]", "[2001:200::1]", "[2001:4860:4860::8888]",
            "[::ffff:8.8.8.8]", "[64:ff9b::808:808]", "[2002:808:808::1]", "[3fff:1000::1]", "[2003::1]"})
    void acceptsInternetAddresses(String host) {
        assertEquals(URI.create("https://" + host + "/hook"), strict.check("url", "https://" + host + "/hook"));
    }

    @Test
    void anAmbiguousSpellingIsCheckedAsTheAddressThePostGoesTo() throws Exception {
        // Java reads 0177 as decimal 177, not octal 127; as the post connects to the address checked, both agree.
        assertEquals(ip("177.0.0.1"), strict.resolve(URI.create("http://0177.0.0.1/")));
    }

    @Test
    void theMessageNamesTheBlockAndTheSettingThatAllowsIt() {
        String message = assertThrows(InvalidInputException.class,
                () -> strict.check("webhook_url", "http://[64:ff9b::7f00:1]/")).getMessage();
        assertEquals("'[64:ff9b::7f00:1]' is inside a private or reserved network (64:ff9b:0:0:0:0:7f00:1 carries "
                + "127.0.0.1, which is in 127.0.0.0/8, loopback); Herald posts only to internet addresses unless an "
                + "admin sets HERALD_OUTBOUND_ALLOW_PRIVATE", message);
    }

    @Test
    void aNameIsRefusedIfAnyOfItsAddressesIsInternalAndAnsweredWithTheAddressItChecked() throws Exception {
        List<String> asked = new ArrayList<>();
        OutboundUrls urls = new OutboundUrls(false, host -> {
            asked.add(host);
            return switch (host) {
                case "mixed.example" -> List.of(ip("93.184.215.14"), ip("10.0.0.5"));
                case "public.example" -> List.of(ip("93.184.215.14"), ip("2606:4700:4700::1111"));
                default -> throw new UnknownHostException(host);
            };
        });
        OutboundRefusal mixed = assertThrows(OutboundRefusal.class, () -> urls.resolve(URI.create("https://mixed.example/")));
        assertFalse(mixed.unresolved());
        assertTrue(mixed.getMessage().contains("10.0.0.5 is in 10.0.0.0/8, a private network"), mixed.getMessage());

        assertEquals(ip("93.184.215.14"), urls.resolve(URI.create("https://public.example/hook")));
        OutboundRefusal unknown = assertThrows(OutboundRefusal.class, () -> urls.resolve(URI.create("https://nx.example/")));
        assertTrue(unknown.unresolved());
        assertEquals("The host name 'nx.example' does not resolve", unknown.getMessage());
        assertEquals(List.of("mixed.example", "public.example", "nx.example"), asked, "one lookup per check");
    }

    @Test
    void allowPrivateLetsInternalAddressesThroughButStillAnswersTheAddressLookedUp() throws Exception {
        OutboundUrls open = new OutboundUrls(true, host -> List.of(ip("10.1.2.3")));
        assertEquals(ip("10.1.2.3"), open.resolve(URI.create("http://chat.corp.example/hook")));
    }

    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }
}
