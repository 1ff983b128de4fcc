package io.herald.system;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

/** Tells a failure caused by an unreachable database (answered 503, try again) from a fault of Herald's (500). */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                    || e instanceof SQLTimeoutException || e instanceof SocketTimeoutException
                    || e instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
