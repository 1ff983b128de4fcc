package io.herald.webhook;

import java.security.SecureRandom;
import java.util.Base64;

/** 256 random bits, URL-safe: secrets, unsubscribe tokens and challenges. */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
