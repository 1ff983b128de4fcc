package io.herald.notification.x;

import twitter4j.AccessToken;
import twitter4j.OAuthAuthorization;
import twitter4j.TwitterException;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Signs X API requests with OAuth 1.0a (HMAC-SHA1) as the configured user, by Twitter4J. Twitter4J 4.1 speaks only
 * the v1.1 API, so Herald sends its v2 requests itself ({@link XApi}) and borrows only the signature; but Twitter4J
 * has no public way to sign a request it does not send: {@code OAuthAuthorization.getAuthorizationHeader} takes its
 * package-private {@code HttpRequest}, and the method beneath it, which takes the method and URL, is
 * package-private too. Rather than put a class of Herald's into Twitter4J's package, this one reaches that method
 * by a private lookup, which the class path allows (Twitter4J is in the unnamed module, whose packages are open).
 * {@code OAuthSignerTest} holds it to the published test vectors, so a Twitter4J that changes it fails the build.
 */
final class OAuthSigner {

    // generateAuthorizationHeader(method, url, parameters, token), with a nonce and timestamp of Twitter4J's making
    private static final MethodHandle SIGN_NOW;
    // generateAuthorizationHeader(method, url, parameters, nonce, timestamp, token)
    private static final MethodHandle SIGN;

    static {
        try {
            ClassLoader loader = OAuthAuthorization.class.getClassLoader();
            Class<?> parameters = Class.forName("twitter4j.HttpParameter", false, loader).arrayType();
            Class<?> token = Class.forName("twitter4j.OAuthToken", false, loader);
            MethodHandles.Lookup twitter4j = MethodHandles.privateLookupIn(OAuthAuthorization.class, MethodHandles.lookup());
            SIGN_NOW = twitter4j.findVirtual(OAuthAuthorization.class, "generateAuthorizationHeader",
                    MethodType.methodType(String.class, String.class, String.class, parameters, token));
            SIGN = twitter4j.findVirtual(OAuthAuthorization.class, "generateAuthorizationHeader", MethodType.methodType(
                    String.class, String.class, String.class, parameters, String.class, String.class, token));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final OAuthAuthorization oauth;
    private final AccessToken token;

    OAuthSigner(String consumerKey, String consumerSecret, String accessToken, String accessTokenSecret) {
        this.oauth = OAuthAuthorization.newBuilder().oAuthConsumer(consumerKey, consumerSecret)
                .oAuthAccessToken(accessToken, accessTokenSecret).build();
        try {
            this.token = oauth.getOAuthAccessToken(); // the one it was built with: nothing is asked of Twitter
        } catch (TwitterException e) {
            throw new IllegalStateException("Twitter4J holds no access token", e);
        }
    }

    /**
     * The {@code Authorization} header for a POST of a JSON body to this URL, with a fresh nonce and timestamp. A
     * JSON body is no part of an OAuth 1.0a signature: only the URL, its query parameters included, is signed.
     */
    String forJsonPost(String url) {
        return sign(SIGN_NOW, "POST", url, null, token);
    }

    /** The {@code Authorization} header for a request to this URL, with this nonce and timestamp. */
    String header(String method, String url, String nonce, long timestamp) {
        return sign(SIGN, method, url, null, nonce, String.valueOf(timestamp), token);
    }

    private String sign(MethodHandle handle, Object... arguments) {
        try {
            return (String) handle.bindTo(oauth).invokeWithArguments(arguments);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Twitter4J could not sign the request", e);
        }
    }
}
