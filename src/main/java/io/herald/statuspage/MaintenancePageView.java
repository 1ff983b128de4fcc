package io.herald.statuspage;

import io.herald.system.PageSettings;

/** What the theme's maintenance page template is given. */
public record MaintenancePageView(PageSettings page, MaintenanceView maintenance) {
}
