package io.herald.notification.x;

import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OAuth 1.0a signature Twitter4J makes for Herald, held to published test vectors. */
class OAuthSignerTest {

    /**
     * developer.twitter.com, "Creating a signature". The documentation sends the status in a form body; here it is in
     * the query, which is signed alike (RFC 5849, 3.4.1.3), so the base string and the signature are the same.
     */
    @Test
    void theTwitterDocumentationExample() {
        OAuthSigner signer = new OAuthSigner("xvz1evFS4wEEPTGEFPHBog", "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw",
                "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb", "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE");
        String query = "?include_entities=true&status=Hello%20Ladies%20%2B%20Gentlemen%2C%20a%20signed%20OAuth%20request%21";
        String nonce = "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg";

        assertEquals("OAuth oauth_consumer_key=\"xvz1evFS4wEEPTGEFPHBog\",oauth_signature_method=\"HMAC-SHA1\","
                        + "oauth_timestamp=\"1318622958\",oauth_nonce=\"kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg\","
                        + "oauth_version=\"1.0\",oauth_token=\"370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb\","
                        + "oauth_signature=\"hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D\"",
                signer.header("POST", "https://api.twitter.com/1.1/statuses/update.json" + query, nonce, 1318622958));
        // The same request to the v1 path, as the page "Authorizing a request" still shows it.
        assertEquals("tnnArxj06cWHq44gCs1OSKk/jLY=", signature(
                signer.header("POST", "https://api.twitter.com/1/statuses/update.json" + query, nonce, 1318622958)));
    }

    /**
     * OAuth Core 1.0, Appendix A: the photo request of RFC 5849, 1.2, as signed with oauth_version, which Twitter4J
     * always sends (the RFC's own example leaves it out, and so has another signature).
     */
    @Test
    void theOAuthCoreExample() {
        OAuthSigner signer = new OAuthSigner("dpf43f3p2l4k3l03", "kd94hf93k423kf44", "nnch734d00sl2jdk", "pfkkdhi9sl3r4s00");

        assertEquals("OAuth oauth_consumer_key=\"dpf43f3p2l4k3l03\",oauth_signature_method=\"HMAC-SHA1\","
                        + "oauth_timestamp=\"1191242096\",oauth_nonce=\"kllo9940pd9333jh\",oauth_version=\"1.0\","
                        + "oauth_token=\"nnch734d00sl2jdk\",oauth_signature=\"tR3%2BTy81lMeYAr%2FFid0kMTYa%2FWM%3D\"",
                signer.header("GET", "http://photos.example.net/photos?file=vacation.jpg&size=original",
                        "kllo9940pd9333jh", 1191242096));
    }

    /** A tweet's header is the one above with a fresh nonce and the time now: the same signing, not another. */
    @Test
    void aJsonPostIsSignedWithAFreshNonceAndTheTimeNow() {
        OAuthSigner signer = new OAuthSigner("xvz1evFS4wEEPTGEFPHBog", "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw",
                "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb", "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE");
        String url = "https://api.x.com/2/tweets";

        String header = signer.forJsonPost(url);
        long timestamp = Long.parseLong(param(header, "oauth_timestamp"));

        assertTrue(Math.abs(timestamp - Instant.now().getEpochSecond()) <= 5, header);
        assertEquals(header, signer.header("POST", url, param(header, "oauth_nonce"), timestamp));
        assertNotEquals(param(header, "oauth_nonce"), param(signer.forJsonPost(url), "oauth_nonce"));
    }

    private static String signature(String header) {
        return URLDecoder.decode(param(header, "oauth_signature"), StandardCharsets.UTF_8);
    }

    private static String param(String header, String name) {
        Matcher value = Pattern.compile(name + "=\"([^\"]*)\"").matcher(header);
        assertTrue(value.find(), header);
        return value.group(1);
    }
}
