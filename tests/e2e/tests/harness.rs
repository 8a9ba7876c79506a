//! Tests of the harness itself, on small pages written to a temp dir (not the app).
//! The browser tests run in the engine of `UPR_E2E_BROWSER` (Chromium by default).

use std::time::Duration;

use upr_e2e::http_client::{self, send_raw};
use upr_e2e::{App, Engine, Setting, StaticServer, TempDir};

const INDEX: &str = r#"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>harness</title>
<link rel="stylesheet" href="style.css">
<link rel="icon" href="data:,">
<script src="app.js" defer></script>
</head>
<body>
<h1 data-testid="title">Harness page</h1>
<ul><li data-testid="item">one</li><li data-testid="item">two</li><li data-testid="item">three</li></ul>
<a data-testid="next" href="?view=two">next</a>
<p data-testid="data">loading</p>
<p data-testid="view"></p>
</body>
</html>
"#;

const APP_JS: &str = r#"
window.__appErrors = [];
document.querySelector('[data-testid="view"]').textContent =
  new URLSearchParams(location.search).get('view') || 'one';
Promise.all([
  fetch('data/a.json').then(r => r.status + ':' + (r.ok ? r.headers.get('content-type') : '')),
  fetch('data/a.json').then(r => r.ok ? r.json() : null).then(j => j && j.name),
  fetch('data/b.json').then(r => String(r.status)),
]).then(parts => {
  document.querySelector('[data-testid="data"]').textContent = parts.join(' | ');
}, e => window.__appErrors.push(String(e)));
"#;

const FOREIGN: &str = r#"<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>foreign</title><link rel="icon" href="data:,"></head>
<body>
<p data-testid="status">started</p>
<img src="http://example.com/x.png" alt=""
     onload="window.__imgDone = 'loaded'" onerror="window.__imgDone = 'failed'">
<script>
fetch('https://example.org/').then(() => { window.__fetchDone = 'ok'; },
                                   () => { window.__fetchDone = 'failed'; });
</script>
</body>
</html>
"#;

/// A site with one file per content type the server must know.
fn site() -> Result<TempDir, String> {
    let dir = TempDir::new("upr-e2e-site")?;
    dir.write("index.html", INDEX)?;
    dir.write("app.js", APP_JS)?;
    dir.write("foreign.html", FOREIGN)?;
    dir.write("style.css", "h1 { color: #123; }\n")?;
    dir.write("module.mjs", "export const x = 1;\n")?;
    dir.write("app_bg.wasm", b"\0asm\x01\0\0\0")?;
    dir.write("data/a.json", r#"{"name": "original"}"#)?;
    dir.write("data/b.json", r#"{"name": "b"}"#)?;
    dir.write(
        "data/map.geojson",
        r#"{"type": "FeatureCollection", "features": []}"#,
    )?;
    dir.write("img/logo.png", b"\x89PNG\r\n\x1a\n")?;
    dir.write(
        "img/logo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    )?;
    dir.write("favicon.ico", b"\0\0\x01\0")?;
    dir.write("site.webmanifest", "{}")?;
    dir.write("replacement.json", r#"{"name": "replaced"}"#)?;
    Ok(dir)
}

#[test]
fn the_server_serves_files_with_their_mime_types() -> Result<(), String> {
    let dir = site()?;
    let server = StaticServer::start(dir.path())?;
    let cases = [
        ("/", "text/html; charset=utf-8"),
        ("/index.html", "text/html; charset=utf-8"),
        ("/app.js", "text/javascript; charset=utf-8"),
        ("/module.mjs", "text/javascript; charset=utf-8"),
        ("/app_bg.wasm", "application/wasm"),
        ("/style.css", "text/css; charset=utf-8"),
        ("/data/a.json", "application/json"),
        ("/data/map.geojson", "application/json"),
        ("/img/logo.png", "image/png"),
        ("/img/logo.svg", "image/svg+xml"),
        ("/favicon.ico", "image/x-icon"),
        ("/site.webmanifest", "application/manifest+json"),
    ];
    for (path, mime) in cases {
        let response = http_client::get(server.addr(), path)?;
        assert_eq!(response.status, 200, "GET {path}");
        assert_eq!(response.header("content-type"), Some(mime), "GET {path}");
    }
    let index = http_client::get(server.addr(), "/?view=map&lang=mn")?;
    assert_eq!(index.body_text(), INDEX, "/ with a query serves index.html");
    let wasm = http_client::get(server.addr(), "/app_bg.wasm")?;
    assert_eq!(wasm.body, b"\0asm\x01\0\0\0");

    let head = http_client::request(server.addr(), "HEAD", "/data/a.json")?;
    assert_eq!(head.status, 200);
    assert_eq!(head.header("content-length"), Some("20"));
    assert!(head.body.is_empty(), "HEAD has no body");

    assert_eq!(http_client::get(server.addr(), "/missing.js")?.status, 404);
    assert_eq!(
        http_client::request(server.addr(), "POST", "/")?.status,
        405
    );
    assert!(server.foreign_requests().is_empty());
    assert_eq!(server.requests().len(), cases.len() + 5);
    Ok(())
}

#[test]
fn paths_outside_the_served_directory_are_not_found() -> Result<(), String> {
    let dir = site()?;
    let server = StaticServer::start(dir.path().join("data"))?;
    for path in [
        "/../index.html",
        "/%2e%2e/index.html",
        "/a/../../index.html",
    ] {
        assert_eq!(
            http_client::get(server.addr(), path)?.status,
            404,
            "GET {path}"
        );
    }
    Ok(())
}

#[test]
fn an_override_replaces_a_file() -> Result<(), String> {
    let dir = site()?;
    let server = StaticServer::start(dir.path())?;
    server.override_with_file("/data/a.json", dir.path().join("replacement.json"))?;
    let response = http_client::get(server.addr(), "/data/a.json?cache=1")?;
    assert_eq!(response.status, 200);
    assert_eq!(response.header("content-type"), Some("application/json"));
    assert_eq!(response.body_text(), r#"{"name": "replaced"}"#);
    // Other files are untouched, and clearing restores the original.
    assert_eq!(
        http_client::get(server.addr(), "/data/b.json")?.body_text(),
        r#"{"name": "b"}"#
    );
    server.clear_overrides();
    assert_eq!(
        http_client::get(server.addr(), "/data/a.json")?.body_text(),
        r#"{"name": "original"}"#
    );
    // An override may also add a path that does not exist on disk.
    server.override_with_bytes("/new.json", "[]");
    assert_eq!(
        http_client::get(server.addr(), "/new.json")?.body_text(),
        "[]"
    );
    assert!(server
        .override_with_file("/x.json", dir.path().join("no-such-file"))
        .is_err());
    Ok(())
}

#[test]
fn files_fetched_at_once_share_the_simulated_slow_link() -> Result<(), String> {
    let dir = site()?;
    let server = StaticServer::start(dir.path())?;
    let size = 60 * 1024;
    server.override_with_bytes("/a.bin", vec![b'a'; size]);
    server.override_with_bytes("/b.bin", vec![b'b'; size]);
    server.set_network(upr_e2e::Network {
        gzip: false,
        round_trip: Duration::ZERO,
        bytes_per_second: Some(200 * 1024),
    });
    let addr = server.addr();
    let start = std::time::Instant::now();
    let fetches: Vec<_> = ["/a.bin", "/b.bin"]
        .into_iter()
        .map(|path| std::thread::spawn(move || http_client::get(addr, path)))
        .collect();
    for fetch in fetches {
        let response = fetch.join().map_err(|_| "fetch thread panicked")??;
        assert_eq!(response.body.len(), size);
    }
    // 120 KB over one 200 KB/s link: at least 0.6 s, not the 0.3 s of two separate links.
    let elapsed = start.elapsed();
    assert!(elapsed >= Duration::from_millis(550), "{elapsed:?}");
    Ok(())
}

#[test]
fn a_404_override_gives_404() -> Result<(), String> {
    let dir = site()?;
    let server = StaticServer::start(dir.path())?;
    server.override_with_status("/data/a.json", 404);
    assert_eq!(http_client::get(server.addr(), "/data/a.json")?.status, 404);
    assert_eq!(
        http_client::request(server.addr(), "HEAD", "/data/a.json")?.status,
        404
    );
    server.override_with_status("/", 503);
    assert_eq!(http_client::get(server.addr(), "/")?.status, 503);
    Ok(())
}

#[test]
fn absolute_form_connect_and_other_hosts_are_foreign() -> Result<(), String> {
    let dir = site()?;
    let server = StaticServer::start(dir.path())?;
    let timeout = Duration::from_secs(10);
    let absolute = send_raw(
        server.addr(),
        b"GET http://example.com/x.png HTTP/1.1\r\nHost: example.com\r\n\r\n",
        timeout,
    )?;
    assert_eq!(absolute.status, 502);
    let connect = send_raw(
        server.addr(),
        b"CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n",
        timeout,
    )?;
    assert_eq!(connect.status, 502);
    let other_host = send_raw(
        server.addr(),
        b"GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
        timeout,
    )?;
    assert_eq!(other_host.status, 502);
    let no_host = send_raw(server.addr(), b"GET / HTTP/1.0\r\n\r\n", timeout)?;
    assert_eq!(no_host.status, 502);
    // The own absolute URL is absolute-form too: a browser only sends that through a proxy.
    let own_absolute = format!(
        "GET {} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
        server.url("/"),
        server.authority()
    );
    assert_eq!(
        send_raw(server.addr(), own_absolute.as_bytes(), timeout)?.status,
        502
    );
    assert_eq!(http_client::get(server.addr(), "/")?.status, 200);

    let foreign = server.foreign_requests();
    let seen: Vec<(&str, &str, Option<&str>)> = foreign
        .iter()
        .map(|r| (r.method.as_str(), r.target.as_str(), r.host.as_deref()))
        .collect();
    let own_url = server.url("/");
    assert_eq!(
        seen,
        vec![
            ("GET", "http://example.com/x.png", Some("example.com")),
            ("CONNECT", "example.org:443", Some("example.org:443")),
            ("GET", "/", Some("localhost")),
            ("GET", "/", None),
            ("GET", own_url.as_str(), Some(server.authority())),
        ]
    );
    assert_eq!(server.requests().len(), 6);
    Ok(())
}

#[test]
fn the_server_stops_when_dropped() -> Result<(), String> {
    let dir = site()?;
    let server = StaticServer::start(dir.path())?;
    let addr = server.addr();
    assert_eq!(http_client::get(addr, "/")?.status, 200);
    // An idle keep-alive connection must not keep the server alive.
    let idle = std::net::TcpStream::connect(addr).map_err(|e| e.to_string())?;
    drop(server);
    assert!(
        http_client::get(addr, "/").is_err(),
        "still answering after drop"
    );
    drop(idle);
    Ok(())
}

#[tokio::test]
async fn a_same_origin_page_makes_no_foreign_requests_and_the_page_helpers_work(
) -> Result<(), String> {
    let dir = site()?;
    let app = App::serve(dir.path()).await?;
    app.goto("/").await?;
    assert_eq!(app.text("title").await?, "Harness page");
    assert_eq!(app.texts("item").await?, vec!["one", "two", "three"]);
    assert_eq!(app.count("item").await?, 3);
    assert_eq!(app.wait_for_count("item", 3).await?, 3);
    let data = app.wait_for_text("data", "original").await?;
    assert_eq!(data, "200:application/json | original | 200");
    assert_eq!(app.html_lang().await?, "en");
    assert_eq!(app.eval("1 + 1").await?, serde_json::json!(2));
    assert!(app.body_text().await?.contains("Harness page"));

    app.click("next").await?;
    let url = app.wait_for_url("view=two").await?;
    assert_eq!(url, app.server().url("/?view=two"));
    assert_eq!(app.wait_for_text("view", "two").await?, "two");
    app.back().await?;
    app.wait_for_text("view", "one").await?;
    assert_eq!(app.current_url().await?, app.server().url("/"));

    // Loopback goes direct, not through the proxy: every request is origin-form for our Host.
    let requests = app.server().requests();
    assert!(requests.iter().any(|r| r.target == "/app.js"));
    for r in &requests {
        assert!(r.target.starts_with('/'), "{r:?}");
        assert_eq!(r.host.as_deref(), Some(app.server().authority()), "{r:?}");
    }
    assert_eq!(app.app_errors().await?, Vec::<String>::new());
    app.finish().await
}

#[tokio::test]
async fn app_errors_and_wait_failures_are_reported() -> Result<(), String> {
    let dir = site()?;
    let app = App::serve(dir.path()).await?;
    app.goto("/foreign.html").await?;
    // No window.__appErrors at all reads as empty.
    app.execute("delete window.__appErrors; return null;", vec![])
        .await?;
    assert!(app.app_errors().await?.is_empty());
    app.execute(
        "window.__appErrors = ['boom', {code: 1}]; return null;",
        vec![],
    )
    .await?;
    assert_eq!(app.app_errors().await?, vec!["boom", r#"{"code":1}"#]);

    let quick = app
        .page()
        .clone()
        .with_wait_timeout(Duration::from_millis(500));
    let err = quick.wait_for("no-such-testid").await.unwrap_err();
    assert!(err.contains("no-such-testid"), "{err}");
    assert!(err.contains(&app.server().url("/foreign.html")), "{err}");
    let err = quick.wait_for_js("window.neverSet").await.unwrap_err();
    assert!(err.contains("window.neverSet"), "{err}");
    assert!(app.eval("(").await.is_err());

    let check = app.check_clean().await.unwrap_err();
    assert!(check.contains("boom"), "{check}");
    Ok(())
}

/// Where the browser stops answering (here its window is closed under the page), a failed wait
/// quotes the end of the driver's log, which holds the browser's own output, instead of only
/// "unknown URL".
#[tokio::test]
async fn a_wait_on_a_browser_that_no_longer_answers_quotes_its_drivers_log() -> Result<(), String> {
    let dir = site()?;
    let app = App::serve(dir.path()).await?;
    app.goto("/foreign.html").await?;
    app.client()
        .clone()
        .close_window()
        .await
        .map_err(|e| e.to_string())?;
    let quick = app
        .page()
        .clone()
        .with_wait_timeout(Duration::from_millis(500));
    let err = quick.wait_for("no-such-testid").await.unwrap_err();
    assert!(
        err.contains("the browser does not answer; the end of its driver's log"),
        "{err}"
    );
    app.close().await;
    Ok(())
}

#[tokio::test]
async fn requests_to_other_origins_are_recorded_as_foreign() -> Result<(), String> {
    let dir = site()?;
    let app = App::serve(dir.path()).await?;
    app.goto("/foreign.html").await?;
    app.wait_for_js("window.__imgDone && window.__fetchDone")
        .await?;
    assert_eq!(app.eval("window.__imgDone").await?, "failed");
    assert_eq!(app.eval("window.__fetchDone").await?, "failed");
    let foreign = app.server().foreign_requests();
    assert!(
        foreign
            .iter()
            .any(|r| r.method == "GET" && r.target == "http://example.com/x.png"),
        "{foreign:#?}"
    );
    assert!(
        foreign
            .iter()
            .any(|r| r.method == "CONNECT" && r.target == "example.org:443"),
        "{foreign:#?}"
    );
    let check = app.check_clean().await.unwrap_err();
    assert!(check.contains("example.com"), "{check}");
    app.close().await;
    Ok(())
}

#[tokio::test]
async fn the_browser_sees_overridden_files_and_404s() -> Result<(), String> {
    let dir = site()?;
    let app = App::serve(dir.path()).await?;
    app.server()
        .override_with_file("/data/a.json", dir.path().join("replacement.json"))?;
    app.server().override_with_status("/data/b.json", 404);
    app.goto("/").await?;
    let data = app.wait_for_text("data", "|").await?;
    assert_eq!(data, "200:application/json | replaced | 404");
    app.finish().await
}

#[test]
fn every_engine_is_set_up_with_the_proxy_and_its_settings() -> Result<(), String> {
    assert_eq!(Engine::parse("Chromium"), Ok(Engine::Chromium));
    assert_eq!(Engine::parse(" WebKitGTK "), Ok(Engine::Webkit));
    let err = Engine::parse("netscape").unwrap_err();
    assert!(err.contains("chromium, firefox or webkit"), "{err}");
    let profile = TempDir::new("upr-e2e-engines")?;
    let proxy = "127.0.0.1:9";
    for engine in Engine::ALL {
        let launch = engine.launch_with(profile.path(), Some(proxy), &[Setting::NoJavaScript])?;
        let caps = upr_e2e::serde_json::Value::Object(launch.capabilities.clone());
        if engine != Engine::Webkit {
            assert_eq!(caps["proxy"]["httpProxy"], proxy, "{engine}: {caps}");
        }
        let cmd = (launch.command)(4444);
        let line = format!("{} {}", cmd.program.display(), cmd.args.join(" "));
        assert!(line.contains("--port=4444"), "{engine}: {line}");
        let all = format!("{caps} {line}");
        let switch = match engine {
            Engine::Chromium => "--blink-settings=scriptEnabled=false",
            Engine::Firefox => "\"javascript.enabled\":false",
            Engine::Webkit => "--enable-javascript=false",
        };
        assert!(all.contains(switch), "{engine}: no {switch} in {all}");
        match engine {
            Engine::Firefox => assert!(
                cmd.envs
                    .iter()
                    .any(|(k, v)| k == "MOZ_DISABLE_NONLOCAL_CONNECTIONS" && v == "1"),
                "geckodriver must refuse non-local connections: {:?}",
                cmd.envs
            ),
            Engine::Webkit => {
                assert!(line.starts_with("xvfb-run -a"), "{line}");
                // MiniBrowser's own proxy option, which covers https too (see webkit.rs).
                assert!(all.contains("--proxy=http://127.0.0.1:9"), "{all}");
                assert!(caps.get("proxy").is_none(), "{caps}");
            }
            Engine::Chromium => {}
        }
    }
    Ok(())
}

/// A browser's own background traffic (Chromium: search-engine start page, Google account
/// lookups, component updates, network time; Firefox: safe browsing, telemetry, captive portal,
/// push…) would show up as foreign requests; the arguments and preferences in `chromium.rs` and
/// `firefox.rs` silence it. Slow (40 s): `cargo test -p upr-e2e --test harness -- --ignored`.
#[tokio::test]
#[ignore = "slow: idles the browser for 40 s"]
async fn an_idle_browser_makes_no_requests_of_its_own() -> Result<(), String> {
    let dir = site()?;
    let app = App::serve(dir.path()).await?;
    app.goto("/").await?;
    tokio::time::sleep(Duration::from_secs(20)).await;
    app.goto("/?again").await?;
    tokio::time::sleep(Duration::from_secs(20)).await;
    let foreign = app.server().foreign_requests();
    assert!(foreign.is_empty(), "{foreign:#?}");
    app.finish().await
}
