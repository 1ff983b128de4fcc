package io.herald.statuspage;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.herald.component.Component;
import io.herald.incident.IncidentViews.PublicIncident;
import io.herald.maintenance.MaintenanceViews.PublicMaintenance;
import io.herald.system.Markdown;
import io.herald.system.PageSettings;
import io.herald.system.PrintableText;
import io.herald.system.TimeText;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * RSS 2.0 and Atom 1.0 feeds of incidents and maintenance (ROME): one entry each, with all its public
 * updates, newest first. An entry's id never changes as updates arrive, so readers update it in place.
 * Each component has its own pair of feeds with only what affected it.
 */
@Singleton
class RenderFeeds {

    static final String RSS = "application/rss+xml; charset=utf-8";
    static final String ATOM = "application/atom+xml; charset=utf-8";
    static final int ENTRIES = 50;

    private final PageSettings page;

    RenderFeeds(PageSettings page) {
        this.page = page;
    }

    void render(PublicSnapshot snapshot, DocumentSet docs) {
        List<Item> items = new ArrayList<>();
        snapshot.incidents().forEach(incident -> items.add(item(incident)));
        snapshot.maintenances().forEach(maintenance -> items.add(item(maintenance)));
        items.sort(Comparator.comparing(Item::updated).reversed());
        Instant at = snapshot.revision().changedAt();

        put(docs, "/history", page.name() + " status history", items, at);
        for (Component component : snapshot.components()) {
            String id = String.valueOf(component.id());
            put(docs, "/components/" + id + "/history", page.name() + " status history: " + component.name(),
                    items.stream().filter(item -> item.componentIds().contains(id)).toList(), at);
        }
    }

    private void put(DocumentSet docs, String path, String title, List<Item> items, Instant at) {
        List<Item> newest = items.stream().limit(ENTRIES).toList();
        docs.add(path + ".rss", () -> CachedDocument.of(write(feed("rss_2.0", title, path + ".rss", newest, at)), RSS, at));
        docs.add(path + ".atom", () -> CachedDocument.of(write(feed("atom_1.0", title, path + ".atom", newest, at)), ATOM, at));
    }

    private SyndFeed feed(String type, String title, String self, List<Item> items, Instant at) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle(PrintableText.printable(title));
        feed.setLink(page.url());
        feed.setUri(page.url() + self);
        feed.setDescription("Incidents and maintenance of " + page.name());
        feed.setLanguage("en");
        feed.setPublishedDate(Date.from(at));
        SyndLinkImpl selfLink = new SyndLinkImpl();
        selfLink.setRel("self");
        selfLink.setHref(page.url() + self);
        SyndLinkImpl alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setHref(page.url() + "/");
        feed.setLinks(List.of(alternate, selfLink));
        feed.setEntries(items.stream().map(this::entry).toList());
        return feed;
    }

    private SyndEntry entry(Item item) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(PrintableText.printable(item.title()));
        entry.setLink(item.link());
        entry.setUri(item.uri());
        entry.setAuthor(page.name());
        entry.setPublishedDate(Date.from(item.published()));
        entry.setUpdatedDate(Date.from(item.updated()));
        SyndContentImpl content = new SyndContentImpl();
        content.setType("html");
        // Text stored before unprintable characters were refused at the door must not break the feed.
        content.setValue(PrintableText.printable(item.html()));
        entry.setDescription(content);
        entry.setContents(List.of(content));
        return entry;
    }

    private Item item(PublicIncident incident) {
        var updates = incident.updates();
        StringBuilder html = new StringBuilder();
        updates.forEach(u -> section(html, u.status().label(), u.publishedAt(), u.body()));
        String id = incident.json().id();
        return new Item(uri("incident", id), incident.incident().name() + " (" + incident.status().label() + ")",
                incident.json().shortlink(), updates.get(updates.size() - 1).publishedAt(), updates.get(0).publishedAt(),
                html.toString(), componentIds(incident.json().components()));
    }

    private Item item(PublicMaintenance maintenance) {
        var updates = maintenance.updates();
        StringBuilder html = new StringBuilder("<p>Scheduled for ")
                .append(escape(TimeText.shown(maintenance.maintenance().scheduledFor(), page.timeZone())))
                .append(" until ").append(escape(TimeText.shown(maintenance.maintenance().scheduledUntil(), page.timeZone())))
                .append("</p>");
        updates.forEach(u -> section(html, u.status().label(), u.publishedAt(), u.body()));
        return new Item(uri("maintenance", maintenance.json().id()),
                maintenance.maintenance().name() + " (maintenance, " + maintenance.status().label().toLowerCase() + ")",
                maintenance.json().shortlink(), updates.get(updates.size() - 1).publishedAt(),
                updates.get(0).publishedAt(), html.toString(), componentIds(maintenance.json().components()));
    }

    private void section(StringBuilder html, String status, @Nullable Instant at, String body) {
        html.append("<p><strong>").append(escape(status)).append("</strong> · ")
                .append(escape(TimeText.shown(at, page.timeZone()))).append("</p>").append(Markdown.toHtml(body));
    }

    // A tag URI: stable across updates and independent of where the page is served from today.
    private String uri(String kind, String id) {
        return "urn:herald:" + page.id() + ":" + kind + ":" + id;
    }

    private static Set<String> componentIds(List<io.herald.component.ComponentJson> components) {
        return components.stream().map(io.herald.component.ComponentJson::id).collect(Collectors.toSet());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] write(SyndFeed feed) {
        try {
            return new SyndFeedOutput().outputString(feed, true).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("A feed could not be written", e);
        }
    }

    private record Item(String uri, String title, String link, Instant published, Instant updated, String html,
                        Set<String> componentIds) {
    }
}
