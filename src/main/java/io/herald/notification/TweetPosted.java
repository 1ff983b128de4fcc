package io.herald.notification;

/** X accepted the tweet of an announcement: the feature that made the news keeps its id. */
public record TweetPosted(Source source, String tweetId) {
}
