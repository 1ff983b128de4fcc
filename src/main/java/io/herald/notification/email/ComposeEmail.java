package io.herald.notification.email;

import io.herald.notification.Announcement;
import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.herald.notification.Source;
import io.herald.notification.outbox.IncidentOwnerRecipient;
import io.herald.statuspage.ThemeTemplates;
import io.herald.system.Markdown;
import io.herald.system.PageSettings;
import jakarta.inject.Singleton;

import java.time.Instant;

/**
 * The e-mail of an announcement for one audience, in the theme's templates: the public mail (its link to follow,
 * and {@value NotificationMessage#MANAGE_URL} where each subscriber's own link goes), the drill's (marked DRILL in
 * subject and banner, linking the workspace), the stakeholders' briefing, and a reminder to one person.
 */
@Singleton
class ComposeEmail {

    private static final String MANAGE = "\n\n--\nManage or unsubscribe: " + NotificationMessage.MANAGE_URL + "\n";

    private final ThemeTemplates theme;
    private final PageSettings page;

    ComposeEmail(ThemeTemplates theme, PageSettings page) {
        this.theme = theme;
        this.page = page;
    }

    NotificationMessage compose(Announcement announcement, Audience audience, Instant now) {
        if (announcement.source() instanceof Source.Reminder reminder) {
            return reminder(announcement, reminder, now);
        }
        return switch (audience) {
            case PUBLIC -> announcement.isMaintenance() ? publicMaintenance(announcement, now)
                    : publicIncident(announcement, now);
            case DRILL -> drill(announcement, now);
            case INTERNAL -> briefing(announcement, now);
        };
    }

    private NotificationMessage publicIncident(Announcement a, Instant now) {
        String subject = "[" + page.name() + "] " + a.name() + ": " + a.status();
        String text = a.name() + "\n" + a.status() + "\n\n" + a.body() + "\n\n"
                + "Follow this on the status page: " + a.link() + MANAGE;
        String html = render(new MailView.Announcement(page, a.name(), a.status(), Markdown.toHtml(a.body()), a.link(),
                NotificationMessage.MANAGE_URL, false));
        return NotificationMessage.of(a.source().key(), Channel.EMAIL, Audience.PUBLIC, subject, text, html,
                a.componentFilter(), now);
    }

    private NotificationMessage publicMaintenance(Announcement a, Instant now) {
        String statusLine = a.status() + " · " + a.window();
        String subject = "[" + page.name() + "] " + a.headline() + " (" + a.status() + ")";
        String text = a.name() + "\n" + statusLine + "\n\n" + a.body() + "\n\nDetails: " + a.link() + MANAGE;
        String html = render(new MailView.Announcement(page, a.headline(), statusLine, Markdown.toHtml(a.body()),
                a.link(), NotificationMessage.MANAGE_URL, false));
        return NotificationMessage.of(a.source().key(), Channel.EMAIL, Audience.PUBLIC, subject, text, html,
                a.componentFilter(), now);
    }

    private NotificationMessage drill(Announcement a, Instant now) {
        String link = a.workspaceLink();
        String subject = "[DRILL] [" + page.name() + "] " + a.name() + ": " + a.status();
        String text = "*** DRILL: this is an exercise, not a real incident. Only the drill audience receives it. ***\n\n"
                + a.name() + "\n" + a.status() + "\n\n" + a.body() + "\n\n" + "Workspace: " + link + "\n";
        String html = render(new MailView.Announcement(page, a.name(), a.status(), Markdown.toHtml(a.body()), link, link,
                true));
        return NotificationMessage.of(a.source().key(), Channel.EMAIL, Audience.DRILL, subject, text, html, null, now);
    }

    private NotificationMessage briefing(Announcement a, Instant now) {
        Announcement.Briefing briefing = a.briefing();
        String link = a.workspaceLink();
        String subject = "[INTERNAL " + a.severity() + "] [" + page.name() + "] " + a.name() + ": " + a.status();
        String text = "INTERNAL - do not forward outside the company\n\n" + a.name() + "\n"
                + a.status() + " · " + a.severity() + "\n\nPublic message:\n" + a.body() + "\n"
                + briefing.asText() + "\nOpen the incident in Herald: " + link + "\n";
        String html = render(new MailView.Briefing(page, a.name(), a.status(), a.severity(), Markdown.toHtml(a.body()),
                briefing.internalNote(), briefing.businessImpact(), briefing.nextSteps(), link));
        return new NotificationMessage(null, a.source().key(), Channel.EMAIL, Audience.INTERNAL, a.severity(),
                NotificationMessage.subject(subject), text, html,
                a.componentFilter(), a.threadKey(), now, null);
    }

    private NotificationMessage reminder(Announcement a, Source.Reminder reminder, Instant now) {
        String link = a.workspaceLink();
        String subject = "[INTERNAL]" + (a.drill() ? " [DRILL]" : "") + " [" + page.name() + "] " + a.status() + ": "
                + a.name();
        String html = render(new MailView.Reminder(page, a.status() + ": " + a.name(), a.body(), link));
        return new NotificationMessage(null, reminder.key(), Channel.EMAIL, Audience.INTERNAL, null,
                NotificationMessage.subject(subject), a.name() + "\n\n" + a.body() + "\n\n" + link + "\n", html, null,
                IncidentOwnerRecipient.PREFIX + reminder.userId(), now, null);
    }

    private String render(MailView view) {
        return theme.render(view.template(), view.params());
    }
}
