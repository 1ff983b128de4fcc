package twitter4j;

import java.util.Map;

/**
 * Twitter4J's OAuth 1.0a HMAC-SHA1 signing, for Herald's own X API v2 calls. It lives in Twitter4J's package
 * because the signing entry point takes Twitter4J's package-private {@code HttpRequest}; Twitter4J 4.1 itself
 * speaks only the v1.1 API, so Herald sends the v2 request with java.net.http and borrows only the signature.
 * The body of a JSON request is not part of an OAuth 1.0a signature, so no parameters are signed.
 */
public final class HeraldOAuthHeader {

    private final OAuthAuthorization oauth;

    public HeraldOAuthHeader(String consumerKey, String consumerSecret, String accessToken, String accessTokenSecret) {
        this.oauth = OAuthAuthorization.newBuilder().oAuthConsumer(consumerKey, consumerSecret)
                .oAuthAccessToken(accessToken, accessTokenSecret).build();
    }

    /** The {@code Authorization} header for a POST of a JSON body to this URL (fresh nonce and timestamp). */
    public String forJsonPost(String url) {
        return oauth.getAuthorizationHeader(new HttpRequest(RequestMethod.POST, url, new HttpParameter[0], oauth, Map.of()));
    }
}
