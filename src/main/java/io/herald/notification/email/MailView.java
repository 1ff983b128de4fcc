package io.herald.notification.email;

import io.herald.system.PageSettings;
import io.micronaut.core.annotation.Nullable;

import java.util.HashMap;
import java.util.Map;

/**
 * The model of one of the theme's e-mail templates, typed, so that a mail cannot be rendered with a parameter missing
 * or misspelt. Themes declare the same names as their {@code @param}s; a theme overrides a template without Java.
 */
sealed interface MailView {

    String template();

    Map<String, Object> params();

    /** {@code email.jte}: the public mail, or a drill's (a banner, and the workspace for a link). */
    record Announcement(PageSettings page, String title, String status, String bodyHtml, String link,
                        String unsubscribeUrl, boolean drill) implements MailView {
        public String template() {
            return "email.jte";
        }

        public Map<String, Object> params() {
            Map<String, Object> params = new HashMap<>();
            params.put("page", page);
            params.put("title", title);
            params.put("status", status);
            params.put("bodyHtml", bodyHtml);
            params.put("link", link);
            params.put("unsubscribeUrl", unsubscribeUrl);
            if (drill) {
                params.put("drill", true);
            }
            return params;
        }
    }

    /** {@code email-internal.jte}: the stakeholders' briefing. */
    record Briefing(PageSettings page, String title, String status, String severity, String bodyHtml,
                    @Nullable String internalNote, @Nullable String businessImpact, @Nullable String nextSteps,
                    String link) implements MailView {
        public String template() {
            return "email-internal.jte";
        }

        public Map<String, Object> params() {
            Map<String, Object> params = new HashMap<>();
            params.put("page", page);
            params.put("title", title);
            params.put("status", status);
            params.put("severity", severity);
            params.put("bodyHtml", bodyHtml);
            params.put("internalNote", internalNote);
            params.put("businessImpact", businessImpact);
            params.put("nextSteps", nextSteps);
            params.put("link", link);
            return params;
        }
    }

    /** {@code email-reminder.jte}: a cadence reminder to one person. */
    record Reminder(PageSettings page, String heading, String text, String link) implements MailView {
        public String template() {
            return "email-reminder.jte";
        }

        public Map<String, Object> params() {
            return Map.of("page", page, "heading", heading, "text", text, "link", link);
        }
    }

    /** {@code email-confirm.jte}: the link that confirms a subscription. */
    record Confirmation(PageSettings page, String confirmUrl) implements MailView {
        public String template() {
            return "email-confirm.jte";
        }

        public Map<String, Object> params() {
            return Map.of("page", page, "confirmUrl", confirmUrl);
        }
    }
}
