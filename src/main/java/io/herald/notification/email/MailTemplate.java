package io.herald.notification.email;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One message's mail, composed and encoded by Jakarta Mail once for all its recipients, with slots where recipients
 * differ: the To address, the Message-ID and the manage link. Filling the slots is a copy of bytes; composing and
 * encoding for every recipient cost more CPU than anything else in a fan-out. Only for 7bit mail (its text is
 * written as it is, so a slot's bytes stay together) and for values of printable ASCII, which go into headers as
 * they are; everything else is composed recipient by recipient.
 */
final class MailTemplate {

    static final String RECIPIENT = "herald-slot-recipient@slot.invalid";
    static final String MESSAGE_ID = "<herald-slot-message-id@slot.invalid>";
    static final String MANAGE_URL = "https://slot.invalid/herald-slot-manage-url";
    private static final List<byte[]> SLOTS = List.of(bytes(RECIPIENT), bytes(MESSAGE_ID), bytes(MANAGE_URL));

    private final List<byte[]> literals; // one more than the slots: text, slot, text, slot, …, text
    private final List<Integer> slots;   // index into SLOTS
    private final long madeAtNanos = System.nanoTime();

    private MailTemplate(List<byte[]> literals, List<Integer> slots) {
        this.literals = literals;
        this.slots = slots;
    }

    /** Splits an encoded mail at the slot values it was composed with. */
    static MailTemplate of(byte[] encoded) {
        List<byte[]> literals = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < encoded.length; i++) {
            for (int s = 0; s < SLOTS.size(); s++) {
                if (startsWith(encoded, i, SLOTS.get(s))) {
                    literals.add(java.util.Arrays.copyOfRange(encoded, start, i));
                    slots.add(s);
                    i += SLOTS.get(s).length - 1;
                    start = i + 1;
                    break;
                }
            }
        }
        literals.add(java.util.Arrays.copyOfRange(encoded, start, encoded.length));
        return new MailTemplate(List.copyOf(literals), List.copyOf(slots));
    }

    /** Whether a value can fill a slot: printable ASCII without spaces, so no header needs encoding or folding. */
    static boolean fits(String value) {
        return value != null && value.chars().allMatch(c -> c > 32 && c < 127);
    }

    byte[] fill(String recipient, String messageId, String manageUrl) {
        byte[][] values = {bytes(recipient), bytes(messageId), manageUrl == null ? new byte[0] : bytes(manageUrl)};
        var out = new ByteArrayOutputStream(literals.stream().mapToInt(l -> l.length).sum() + 256);
        for (int i = 0; i < slots.size(); i++) {
            out.writeBytes(literals.get(i));
            out.writeBytes(values[slots.get(i)]);
        }
        out.writeBytes(literals.get(literals.size() - 1));
        return out.toByteArray();
    }

    /** Its Date header says when it was made: made anew after a minute, so that no mail goes out dated much earlier. */
    boolean fresh() {
        return System.nanoTime() - madeAtNanos < 60_000_000_000L;
    }

    private static boolean startsWith(byte[] data, int at, byte[] prefix) {
        if (data[at] != prefix[0] || at + prefix.length > data.length) {
            return false;
        }
        for (int j = 1; j < prefix.length; j++) {
            if (data[at + j] != prefix[j]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.US_ASCII);
    }
}
