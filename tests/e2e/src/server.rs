//! A static file server on 127.0.0.1 that records every request and refuses foreign ones.
//!
//! It is also the browser's HTTP/HTTPS proxy (see `browser.rs`), so a request for another origin
//! arrives here in absolute form (`GET http://example.com/x.png`) or as `CONNECT host:443`: those,
//! and any request whose `Host` is not this server's `127.0.0.1:PORT`, are *foreign*, answered with
//! 502 and kept for the tests to read.

use std::collections::HashMap;
use std::io::{BufReader, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::Duration;

use crate::mime::mime_type;
use crate::request::{read_head, RequestHead};

/// Largest request body the server reads (and discards).
const MAX_BODY_BYTES: u64 = 16 * 1024 * 1024;
/// An idle keep-alive connection is closed after this long.
const IDLE_TIMEOUT: Duration = Duration::from_secs(30);

/// One request as the server saw it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordedRequest {
    pub method: String,
    /// The request-target exactly as sent: `/path?query`, `http://host/path`, `host:443`.
    pub target: String,
    /// The `Host` header, if any.
    pub host: Option<String>,
    /// Absolute-form target, `CONNECT`, or a `Host` other than this server's.
    pub foreign: bool,
}

impl RecordedRequest {
    /// The last segment of the target's path, without the query: `split_map.1a2b.wasm`.
    pub fn file_name(&self) -> &str {
        let path = self.target.split('?').next().unwrap_or_default();
        path.rsplit('/').next().unwrap_or_default()
    }
}

/// How the server and the link behave, for benchmarks: gzip as a static host does it (for the
/// browser that accepts it), and a slow link — each answer waits one round trip before its first
/// byte, and all bodies share one link of `bytes_per_second` (files fetched at once divide it, as
/// on a real connection). The default (tests): no gzip, no delay.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Network {
    pub gzip: bool,
    pub round_trip: Duration,
    pub bytes_per_second: Option<u64>,
}

/// A gzipped body with the length and hash of what was compressed.
type Gzipped = (usize, u64, Arc<Vec<u8>>);

/// What the server answers for an overridden path instead of the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Override {
    /// These bytes, with the content type of the *requested* path.
    Bytes(Vec<u8>),
    /// This status with a short text body.
    Status(u16),
    /// No answer until the server stops: a file that has not arrived yet.
    Stalled,
}

struct Shared {
    root: PathBuf,
    authority: String,
    overrides: Mutex<HashMap<String, Override>>,
    requests: Mutex<Vec<RecordedRequest>>,
    connections: Mutex<HashMap<u64, TcpStream>>,
    stopping: AtomicBool,
    /// A simulated network cut: connections are closed without an answer.
    offline: AtomicBool,
    network: Mutex<Network>,
    /// When the simulated link is free again (every connection's bytes pass through it in turn).
    link_free_at: Mutex<std::time::Instant>,
    /// Gzipped bodies by path, with the length and hash of what was compressed.
    gzipped: Mutex<HashMap<String, Gzipped>>,
}

/// The server; it stops (listener closed, open connections shut down) when dropped.
pub struct StaticServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    accept_thread: Option<JoinHandle<()>>,
}

impl StaticServer {
    /// Serves `root` on `127.0.0.1:<free port>`.
    pub fn start(root: impl Into<PathBuf>) -> Result<Self, String> {
        let root = root.into();
        if !root.is_dir() {
            return Err(format!("cannot serve {}: not a directory", root.display()));
        }
        let listener = TcpListener::bind("127.0.0.1:0")
            .map_err(|e| format!("cannot bind 127.0.0.1:0: {e}"))?;
        let addr = listener
            .local_addr()
            .map_err(|e| format!("cannot read the listener address: {e}"))?;
        let shared = Arc::new(Shared {
            root,
            authority: format!("127.0.0.1:{}", addr.port()),
            overrides: Mutex::new(HashMap::new()),
            requests: Mutex::new(Vec::new()),
            connections: Mutex::new(HashMap::new()),
            stopping: AtomicBool::new(false),
            offline: AtomicBool::new(false),
            network: Mutex::new(Network::default()),
            link_free_at: Mutex::new(std::time::Instant::now()),
            gzipped: Mutex::new(HashMap::new()),
        });
        let accept_shared = Arc::clone(&shared);
        let accept_thread = std::thread::Builder::new()
            .name(format!("e2e-server-{}", addr.port()))
            .spawn(move || accept_loop(listener, accept_shared))
            .map_err(|e| format!("cannot spawn the server thread: {e}"))?;
        Ok(Self {
            addr,
            shared,
            accept_thread: Some(accept_thread),
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// `127.0.0.1:PORT`: the only `Host` this server accepts as its own.
    pub fn authority(&self) -> &str {
        &self.shared.authority
    }

    /// `http://127.0.0.1:PORT` + `path_and_query` (which should start with `/`).
    pub fn url(&self, path_and_query: &str) -> String {
        format!("http://{}{}", self.shared.authority, path_and_query)
    }

    pub fn root(&self) -> &Path {
        &self.shared.root
    }

    /// Sets gzip and the simulated link for the requests that follow.
    pub fn set_network(&self, network: Network) {
        *lock(&self.shared.network) = network;
    }

    /// Replaces what `path` (e.g. `/data/mongolia-upr.json`, no query) serves.
    pub fn set_override(&self, path: &str, with: Override) {
        lock(&self.shared.overrides).insert(path.to_string(), with);
    }

    /// Serves the bytes of `file` (read now) at `path`.
    pub fn override_with_file(&self, path: &str, file: impl AsRef<Path>) -> Result<(), String> {
        let file = file.as_ref();
        let bytes = std::fs::read(file)
            .map_err(|e| format!("cannot read override file {}: {e}", file.display()))?;
        self.set_override(path, Override::Bytes(bytes));
        Ok(())
    }

    pub fn override_with_bytes(&self, path: &str, bytes: impl Into<Vec<u8>>) {
        self.set_override(path, Override::Bytes(bytes.into()));
    }

    /// Answers `path` with `status` (e.g. 404).
    pub fn override_with_status(&self, path: &str, status: u16) {
        self.set_override(path, Override::Status(status));
    }

    /// Simulates a network cut (`true`): new connections are closed at once without an answer and
    /// open ones are shut down; `false` restores the network.
    pub fn set_offline(&self, offline: bool) {
        self.shared.offline.store(offline, Ordering::SeqCst);
        if offline {
            for stream in lock(&self.shared.connections).values() {
                let _ = stream.shutdown(Shutdown::Both);
            }
        }
    }

    pub fn clear_overrides(&self) {
        lock(&self.shared.overrides).clear();
    }

    /// Every request so far, in arrival order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.shared.requests).clone()
    }

    /// The foreign requests so far (each answered with 502).
    pub fn foreign_requests(&self) -> Vec<RecordedRequest> {
        lock(&self.shared.requests)
            .iter()
            .filter(|r| r.foreign)
            .cloned()
            .collect()
    }

    pub fn clear_requests(&self) {
        lock(&self.shared.requests).clear();
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.shared.stopping.store(true, Ordering::SeqCst);
        // Wake the blocking accept().
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
        if let Some(thread) = self.accept_thread.take() {
            let _ = thread.join();
        }
        for (_, stream) in lock(&self.shared.connections).drain() {
            let _ = stream.shutdown(Shutdown::Both);
        }
    }
}

impl std::fmt::Debug for StaticServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StaticServer")
            .field("addr", &self.addr)
            .field("root", &self.shared.root)
            .finish()
    }
}

/// Locks a mutex even if a panicking thread poisoned it (the data stays usable).
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn accept_loop(listener: TcpListener, shared: Arc<Shared>) {
    let next_id = AtomicU64::new(0);
    for stream in listener.incoming() {
        if shared.stopping.load(Ordering::SeqCst) {
            break;
        }
        let Ok(stream) = stream else { continue };
        if shared.offline.load(Ordering::SeqCst) {
            let _ = stream.shutdown(Shutdown::Both);
            continue;
        }
        let id = next_id.fetch_add(1, Ordering::Relaxed);
        if let Ok(clone) = stream.try_clone() {
            lock(&shared.connections).insert(id, clone);
        }
        let conn_shared = Arc::clone(&shared);
        let spawned = std::thread::Builder::new()
            .name("e2e-server-conn".into())
            .spawn(move || {
                serve_connection(stream, &conn_shared);
                lock(&conn_shared.connections).remove(&id);
            });
        if spawned.is_err() {
            lock(&shared.connections).remove(&id);
        }
    }
}

fn serve_connection(stream: TcpStream, shared: &Shared) {
    let _ = stream.set_read_timeout(Some(IDLE_TIMEOUT));
    let _ = stream.set_nodelay(true);
    let Ok(mut writer) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(stream);
    loop {
        if shared.stopping.load(Ordering::SeqCst) {
            return;
        }
        let head = match read_head(&mut reader) {
            Ok(Some(head)) => head,
            Ok(None) => return,
            Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                let _ = respond(
                    &mut writer,
                    400,
                    "text/plain; charset=utf-8",
                    b"bad request\n",
                    true,
                    true,
                );
                return;
            }
            Err(_) => return,
        };
        // An I/O error while answering ends the connection.
        let close = handle(&head, &mut reader, &mut writer, shared).unwrap_or(true);
        if close {
            let _ = writer.shutdown(Shutdown::Both);
            return;
        }
    }
}

/// Answers one request; returns whether the connection must be closed.
fn handle(
    head: &RequestHead,
    reader: &mut impl Read,
    writer: &mut TcpStream,
    shared: &Shared,
) -> std::io::Result<bool> {
    let host = head.header("host").map(str::to_string);
    let foreign = head.method.eq_ignore_ascii_case("CONNECT")
        || !head.target.starts_with('/')
        || host.as_deref() != Some(shared.authority.as_str());
    lock(&shared.requests).push(RecordedRequest {
        method: head.method.clone(),
        target: head.target.clone(),
        host: host.clone(),
        foreign,
    });

    if foreign {
        let body = format!(
            "foreign request refused by the e2e server: {} {} (Host: {})\n",
            head.method,
            head.target,
            host.as_deref().unwrap_or("-")
        );
        respond(
            writer,
            502,
            "text/plain; charset=utf-8",
            body.as_bytes(),
            true,
            true,
        )?;
        return Ok(true);
    }

    // Discard a request body, if any.
    if head.header("transfer-encoding").is_some() {
        respond(
            writer,
            411,
            "text/plain; charset=utf-8",
            b"length required\n",
            true,
            true,
        )?;
        return Ok(true);
    }
    match head.content_length() {
        Some(n) if n > MAX_BODY_BYTES => {
            respond(
                writer,
                413,
                "text/plain; charset=utf-8",
                b"body too large\n",
                true,
                true,
            )?;
            return Ok(true);
        }
        Some(n) if n > 0 => {
            std::io::copy(&mut reader.take(n), &mut std::io::sink())?;
        }
        _ => {}
    }

    let close = head.wants_close();
    let is_head = head.method == "HEAD";
    if head.method != "GET" && !is_head {
        respond(
            writer,
            405,
            "text/plain; charset=utf-8",
            b"method not allowed\n",
            !is_head,
            close,
        )?;
        return Ok(close);
    }

    let path = head
        .target
        .split(['?', '#'])
        .next()
        .unwrap_or("/")
        .to_string();
    let network = *lock(&shared.network);
    if !network.round_trip.is_zero() {
        std::thread::sleep(network.round_trip);
    }
    let gzip = network.gzip
        && head
            .header("accept-encoding")
            .is_some_and(|v| v.contains("gzip"));
    let content = |writer: &mut TcpStream, name: &str, bytes: &[u8]| {
        let content_type = mime_type(name);
        if gzip && compressible(content_type) {
            let body = gzipped(shared, &path, bytes);
            respond_with(
                writer,
                200,
                content_type,
                &body,
                !is_head,
                close,
                Some("gzip"),
                network
                    .bytes_per_second
                    .map(|rate| (&shared.link_free_at, rate)),
            )
        } else {
            respond_with(
                writer,
                200,
                content_type,
                bytes,
                !is_head,
                close,
                None,
                network
                    .bytes_per_second
                    .map(|rate| (&shared.link_free_at, rate)),
            )
        }
    };
    let overridden = lock(&shared.overrides).get(&path).cloned();
    match overridden {
        Some(Override::Bytes(bytes)) => {
            content(writer, &path, &bytes)?;
        }
        Some(Override::Stalled) => {
            while !shared.stopping.load(std::sync::atomic::Ordering::SeqCst) {
                std::thread::sleep(Duration::from_millis(50));
            }
            return Ok(true);
        }
        Some(Override::Status(status)) => {
            let body = format!("status {status} (override for {path})\n");
            respond(
                writer,
                status,
                "text/plain; charset=utf-8",
                body.as_bytes(),
                !is_head,
                close,
            )?;
        }
        None => match resolve(&shared.root, &path) {
            Some(file) => match std::fs::read(&file) {
                Ok(bytes) => {
                    content(writer, &file.to_string_lossy(), &bytes)?;
                }
                Err(_) => {
                    respond(
                        writer,
                        404,
                        "text/plain; charset=utf-8",
                        b"not found\n",
                        !is_head,
                        close,
                    )?;
                }
            },
            None => {
                respond(
                    writer,
                    404,
                    "text/plain; charset=utf-8",
                    b"not found\n",
                    !is_head,
                    close,
                )?;
            }
        },
    }
    Ok(close)
}

/// The file under `root` for a request path, if it exists. `/` and `.../` mean `index.html`.
fn resolve(root: &Path, path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(path)?;
    let mut file = root.to_path_buf();
    for segment in decoded.split('/') {
        match segment {
            "" | "." => {}
            ".." => return None,
            s if s.contains('\\') || s.contains('\0') => return None,
            s => file.push(s),
        }
    }
    if decoded.ends_with('/') || file.is_dir() {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        204 => "No Content",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        410 => "Gone",
        411 => "Length Required",
        413 => "Content Too Large",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Status",
    }
}

/// Whether a static host would gzip this type (text, JSON, JavaScript, WebAssembly; not images).
fn compressible(content_type: &str) -> bool {
    content_type.starts_with("text/")
        || ["json", "javascript", "wasm", "xml", "svg"]
            .iter()
            .any(|t| content_type.contains(t))
}

/// `bytes` gzipped as the server sends them (level 6, as static hosts use).
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(6));
    encoder
        .write_all(bytes)
        .and_then(|()| encoder.finish())
        .unwrap_or_default()
}

/// The gzipped body, compressed once per content.
fn gzipped(shared: &Shared, path: &str, bytes: &[u8]) -> Arc<Vec<u8>> {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    let hash = hasher.finish();
    if let Some((len, h, body)) = lock(&shared.gzipped).get(path) {
        if *len == bytes.len() && *h == hash {
            return Arc::clone(body);
        }
    }
    let body = Arc::new(gzip(bytes));
    lock(&shared.gzipped).insert(path.to_string(), (bytes.len(), hash, Arc::clone(&body)));
    body
}

fn respond(
    writer: &mut TcpStream,
    status: u16,
    content_type: &str,
    body: &[u8],
    send_body: bool,
    close: bool,
) -> std::io::Result<()> {
    respond_with(
        writer,
        status,
        content_type,
        body,
        send_body,
        close,
        None,
        None,
    )
}

/// A link shared by all connections: when it is free, and its rate in bytes per second.
type Link<'a> = (&'a Mutex<std::time::Instant>, u64);

#[allow(clippy::too_many_arguments)]
fn respond_with(
    writer: &mut TcpStream,
    status: u16,
    content_type: &str,
    body: &[u8],
    send_body: bool,
    close: bool,
    encoding: Option<&str>,
    link: Option<Link>,
) -> std::io::Result<()> {
    let encoding = encoding
        .map(|e| format!("Content-Encoding: {e}\r\nVary: Accept-Encoding\r\n"))
        .unwrap_or_default();
    let head = format!(
        "HTTP/1.1 {status} {}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n{encoding}\
         Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: {}\r\n\r\n",
        reason(status),
        body.len(),
        if close { "close" } else { "keep-alive" },
    );
    writer.write_all(head.as_bytes())?;
    if send_body {
        match link {
            None => writer.write_all(body)?,
            // A slow link: 8 KB at a time, each chunk sent when the link has carried it (after
            // whatever other connections queued before it).
            Some((free_at, rate)) => {
                for chunk in body.chunks(8 * 1024) {
                    let due = {
                        let mut free = lock(free_at);
                        let start = (*free).max(std::time::Instant::now());
                        *free = start
                            + Duration::from_secs_f64(chunk.len() as f64 / rate.max(1) as f64);
                        *free
                    };
                    if let Some(wait) = due.checked_duration_since(std::time::Instant::now()) {
                        std::thread::sleep(wait);
                    }
                    writer.write_all(chunk)?;
                }
            }
        }
    }
    writer.flush()
}

#[cfg(test)]
mod tests {
    use super::{percent_decode, resolve};

    #[test]
    fn parent_segments_are_never_served() {
        let root = std::env::temp_dir();
        assert_eq!(resolve(&root, "/../etc/passwd"), None);
        assert_eq!(resolve(&root, "/%2e%2e/etc/passwd"), None);
    }

    #[test]
    fn percent_escapes_are_decoded() {
        assert_eq!(percent_decode("/a%20b").as_deref(), Some("/a b"));
        assert_eq!(percent_decode("/a%2"), None);
    }
}
