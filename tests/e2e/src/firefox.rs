//! Firefox ESR through geckodriver (Debian `firefox-esr`; geckodriver from crates.io).
//!
//! geckodriver itself is started with `MOZ_DISABLE_NONLOCAL_CONNECTIONS=1`: Firefox inherits it
//! from geckodriver (it ignores `moz:firefoxOptions.env` for this) and then refuses any direct
//! connection to a non-loopback address. Requests that go through the recording proxy still
//! reach it (the proxy is on 127.0.0.1), so they are seen and fail the test.
//!
//! geckodriver and Marionette already set many "quiet" preferences (no updates, no Normandy, no
//! health report, remote settings from a `data:` URL). The preferences below silence the rest of
//! Firefox's own traffic that otherwise reaches the proxy: safe browsing lists, the captive
//! portal and connectivity checks, telemetry and pings, push, the new-tab page's feeds, search
//! suggestions and engine updates, speculative connections and prefetching.

use std::path::Path;

use fantoccini::wd::Capabilities;
use serde_json::{json, Value};

use crate::engine::{command, proxy_capability, EngineLaunch, Setting};

/// Override the browser binary (default `/usr/bin/firefox-esr`).
pub const FIREFOX_ENV: &str = "UPR_E2E_FIREFOX";
/// Override the driver binary (default: `geckodriver` on `PATH`, else `~/.cargo/bin`).
pub const GECKODRIVER_ENV: &str = "UPR_E2E_GECKODRIVER";

/// Preferences that keep Firefox from calling home (see the module docs).
pub fn firefox_prefs() -> Value {
    let groups = [
        // The start page and first-run pages.
        json!({
            "browser.startup.homepage": "about:blank",
            "browser.startup.firstrunSkipsHomepage": true,
            "browser.newtabpage.enabled": false,
            "browser.newtabpage.activity-stream.feeds.topsites": false,
            "browser.newtabpage.activity-stream.feeds.section.topstories": false,
            "browser.newtabpage.activity-stream.default.sites": "",
            "browser.newtabpage.activity-stream.showSponsored": false,
            "browser.newtabpage.activity-stream.showSponsoredTopSites": false,
            "browser.newtabpage.activity-stream.telemetry": false,
            "browser.aboutwelcome.enabled": false,
            "trailhead.firstrun.branches": "nofirstrun-empty",
            "browser.messaging-system.whatsNewPanel.enabled": false,
        }),
        // Safe browsing lists and download checks.
        json!({
            "browser.safebrowsing.malware.enabled": false,
            "browser.safebrowsing.phishing.enabled": false,
            "browser.safebrowsing.blockedURIs.enabled": false,
            "browser.safebrowsing.downloads.enabled": false,
            "browser.safebrowsing.downloads.remote.enabled": false,
            "browser.safebrowsing.passwords.enabled": false,
            "browser.safebrowsing.provider.google.updateURL": "",
            "browser.safebrowsing.provider.google4.updateURL": "",
            "browser.safebrowsing.provider.mozilla.updateURL": "",
            "browser.safebrowsing.provider.google.gethashURL": "",
            "browser.safebrowsing.provider.google4.gethashURL": "",
            "browser.safebrowsing.provider.mozilla.gethashURL": "",
        }),
        // Captive portal and connectivity checks.
        json!({
            "network.captive-portal-service.enabled": false,
            "network.connectivity-service.enabled": false,
            "captivedetect.canonicalURL": "",
        }),
        // Telemetry, studies, crash and usage pings.
        json!({
            "toolkit.telemetry.enabled": false,
            "toolkit.telemetry.unified": false,
            "toolkit.telemetry.archive.enabled": false,
            "toolkit.telemetry.server": "",
            "toolkit.telemetry.shutdownPingSender.enabled": false,
            "toolkit.telemetry.firstShutdownPing.enabled": false,
            "toolkit.telemetry.newProfilePing.enabled": false,
            "toolkit.telemetry.updatePing.enabled": false,
            "toolkit.telemetry.bhrPing.enabled": false,
            "datareporting.usage.uploadEnabled": false,
            "app.shield.optoutstudies.enabled": false,
            "app.normandy.enabled": false,
            "browser.tabs.crashReporting.sendReport": false,
            "browser.crashReports.unsubmittedCheck.autoSubmit2": false,
            "browser.ping-centre.telemetry": false,
            "dom.private-attribution.submission.enabled": false,
        }),
        // Push, remote settings, add-on metadata and blocklists, certificate revocation.
        json!({
            "dom.push.enabled": false,
            "dom.push.connection.enabled": false,
            "dom.push.serverURL": "",
            "services.settings.poll_interval": 0,
            "extensions.getAddons.cache.enabled": false,
            "extensions.blocklist.enabled": false,
            "extensions.systemAddon.update.enabled": false,
            "extensions.systemAddon.update.url": "",
            "extensions.webservice.discoverURL": "",
            "extensions.getAddons.showPane": false,
            "extensions.htmlaboutaddons.recommendations.enabled": false,
            "security.OCSP.enabled": 0,
            "security.remote_settings.crlite_filters.enabled": false,
            "security.remote_settings.intermediates.enabled": false,
            "security.certerrors.recordEventTelemetry": false,
        }),
        // Search: suggestions, engine updates, region lookup.
        json!({
            "browser.search.suggest.enabled": false,
            "browser.search.update": false,
            "browser.search.geoip.url": "",
            "browser.region.network.url": "",
            "browser.region.update.enabled": false,
            "browser.urlbar.suggest.quicksuggest.sponsored": false,
            "browser.urlbar.suggest.quicksuggest.nonsponsored": false,
            "browser.urlbar.quicksuggest.enabled": false,
        }),
        // Speculative connections and prefetching.
        json!({
            "network.prefetch-next": false,
            "network.dns.disablePrefetch": true,
            "network.http.speculative-parallel-limit": 0,
            "network.predictor.enabled": false,
            "browser.places.speculativeConnect.enabled": false,
            "browser.urlbar.speculativeConnect.enabled": false,
        }),
        // DNS over HTTPS, media plugins, geolocation, the Firefox account.
        json!({
            "network.trr.mode": 5,
            "media.gmp-gmpopenh264.enabled": false,
            "media.gmp-widevinecdm.enabled": false,
            "geo.enabled": false,
            "identity.fxaccounts.enabled": false,
            "browser.contentblocking.report.lockwise.enabled": false,
            "privacy.query_stripping.enabled": false,
            "browser.translations.enable": false,
            "browser.ml.enable": false,
        }),
    ];
    let mut all = serde_json::Map::new();
    for group in groups {
        if let Value::Object(map) = group {
            all.extend(map);
        }
    }
    Value::Object(all)
}

/// The preferences of `settings`, added to [`firefox_prefs`].
fn setting_prefs(settings: &[Setting]) -> Vec<(&'static str, Value)> {
    settings
        .iter()
        .map(|s| match s {
            Setting::NoWebAssembly => ("javascript.options.wasm", json!(false)),
            Setting::NoJavaScript => ("javascript.enabled", json!(false)),
        })
        .collect()
}

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name)
        .ok()
        .filter(|v| !v.trim().is_empty())
        .unwrap_or_else(|| default.to_string())
}

/// geckodriver on `PATH`, else in `~/.cargo/bin` (where `cargo install` puts it).
fn default_geckodriver() -> String {
    let on_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("geckodriver"))
            .find(|p| p.is_file())
    });
    let cargo_bin = std::env::var_os("HOME")
        .map(|home| Path::new(&home).join(".cargo/bin/geckodriver"))
        .filter(|p| p.is_file());
    on_path
        .or(cargo_bin)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| "geckodriver".into())
}

pub fn launch(profile: &Path, proxy: Option<&str>, settings: &[Setting]) -> EngineLaunch {
    let binary = env_or(FIREFOX_ENV, "/usr/bin/firefox-esr");
    let driver = std::env::var(GECKODRIVER_ENV)
        .ok()
        .filter(|v| !v.trim().is_empty())
        .unwrap_or_else(default_geckodriver);
    let mut prefs = firefox_prefs();
    if let Some(map) = prefs.as_object_mut() {
        for (name, value) in setting_prefs(settings) {
            map.insert(name.into(), value);
        }
    }
    let mut capabilities = Capabilities::new();
    capabilities.insert("browserName".into(), json!("firefox"));
    capabilities.insert(
        "moz:firefoxOptions".into(),
        json!({
            "binary": binary,
            "args": ["-headless"],
            "prefs": prefs,
        }),
    );
    if let Some(proxy) = proxy {
        capabilities.insert("proxy".into(), proxy_capability(proxy));
    }
    // geckodriver makes a temporary Firefox profile: keep it in our fresh profile dir.
    let profile_root = profile.display().to_string();
    EngineLaunch {
        driver_name: "geckodriver",
        command: Box::new(move |port| {
            let mut cmd = command(
                &driver,
                // Marionette gets a system-allocated port by default, so runs never collide.
                vec![
                    format!("--port={port}"),
                    "--host=127.0.0.1".into(),
                    format!("--profile-root={profile_root}"),
                ],
            );
            cmd.envs = vec![("MOZ_DISABLE_NONLOCAL_CONNECTIONS".into(), "1".into())];
            cmd
        }),
        capabilities,
    }
}
