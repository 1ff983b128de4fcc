package io.herald.security;

import java.time.Duration;

/** What became of a sign-in: each answers the visitor differently. */
sealed interface LoginOutcome {

    /** The token goes into the session cookie. */
    record SignedIn(String sessionToken) implements LoginOutcome {
    }

    /** Wrong e-mail or password; which of the two is not told. */
    record Refused() implements LoginOutcome {
    }

    /** A field the form could never have sent right, e.g. an e-mail address longer than any can be. */
    record Invalid(String message) implements LoginOutcome {
    }

    /** Too many failures for the account or from the client address: not even checked. */
    record Limited(Duration retryAfter) implements LoginOutcome {
    }
}
