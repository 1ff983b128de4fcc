package io.herald.statuspage;

import io.herald.system.PageSettings;

/** What the theme's incident page template is given. */
public record IncidentPageView(PageSettings page, IncidentView incident) {
}
