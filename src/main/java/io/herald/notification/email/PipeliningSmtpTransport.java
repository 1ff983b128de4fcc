package io.herald.notification.email;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

import java.io.OutputStream;

/**
 * Angus's SMTP transport, with PIPELINING (RFC 2920) where the server offers it: MAIL FROM, RCPT TO and DATA go out
 * one after the other and their replies are read together, so a message costs two round trips to the server instead
 * of four. Angus has no pipelining of its own; this uses only its protected hooks: while MAIL and RCPT are sent,
 * {@link #readServerResponse()} puts their replies off (answering 250 for now), and reads them when DATA's reply is
 * due. A refusal among them is then reported as Angus would have: a refused recipient as a {@link SendFailedException}
 * naming the address, after which the transaction is reset and the connection stays usable. Messages with one
 * recipient only (Herald sends no other); anything else goes the usual way.
 */
public final class PipeliningSmtpTransport extends SMTPTransport {

    private Address[] recipients;
    /** MAIL and RCPT are being sent: their replies are put off. */
    private boolean deferring;
    private int owed;

    public PipeliningSmtpTransport(Session session, URLName url) {
        super(session, url);
    }

    @Override
    public synchronized void sendMessage(Message message, Address[] addresses) throws MessagingException {
        recipients = addresses;
        try {
            super.sendMessage(message, addresses);
        } finally {
            recipients = null;
            deferring = false;
            owed = 0;
        }
    }

    @Override
    protected void mailFrom() throws MessagingException {
        deferring = recipients != null && recipients.length == 1 && supportsExtension("PIPELINING");
        super.mailFrom();
    }

    @Override
    protected OutputStream data() throws MessagingException {
        deferring = false; // DATA's reply is read, and the put-off ones before it
        return super.data();
    }

    @Override
    protected int readServerResponse() throws MessagingException {
        if (deferring) {
            owed++;
            return 250;
        }
        if (owed == 0) {
            return super.readServerResponse();
        }
        owed = 0;
        int mail = super.readServerResponse();
        String mailReply = getLastServerResponse();
        int rcpt = super.readServerResponse();
        String rcptReply = getLastServerResponse();
        int data = super.readServerResponse();
        if (mail == 250 && (rcpt == 250 || rcpt == 251)) {
            return data;
        }
        if (data == 354) {
            // A server that took DATA with no recipient: end the (empty) message before resetting.
            sendCommand(".");
            super.readServerResponse();
        }
        simpleCommand("RSET");
        if (mail != 250) {
            throw new SMTPSendFailedException("MAIL FROM", mail, mailReply, null, null, recipients, null);
        }
        InternetAddress recipient = (InternetAddress) recipients[0];
        var failed = new SMTPAddressFailedException(recipient, "RCPT TO:<" + recipient.getAddress() + ">", rcpt, rcptReply);
        if (rcpt / 100 == 5) {
            throw new SendFailedException("Invalid Addresses", failed, new Address[0], new Address[0], recipients);
        }
        throw new SendFailedException("Recipient not accepted for now", failed, new Address[0], recipients, new Address[0]);
    }
}
