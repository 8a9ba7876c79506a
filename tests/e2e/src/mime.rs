//! Content types by file extension.

/// The `Content-Type` the static server sends for `path` (decided by its extension).
pub fn mime_type(path: &str) -> &'static str {
    let name = path.rsplit('/').next().unwrap_or(path);
    let ext = match name.rsplit_once('.') {
        Some((_, ext)) => ext.to_ascii_lowercase(),
        None => String::new(),
    };
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" | "geojson" | "map" => "application/json",
        "webmanifest" => "application/manifest+json",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "svg" => "image/svg+xml",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "xml" => "application/xml",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::mime_type;

    #[test]
    fn known_extensions_get_their_types() {
        assert_eq!(mime_type("/app_bg.wasm"), "application/wasm");
        assert_eq!(mime_type("/data/x.geojson"), "application/json");
        assert_eq!(mime_type("/A.JS"), "text/javascript; charset=utf-8");
        assert_eq!(mime_type("/noext"), "application/octet-stream");
        assert_eq!(mime_type("/dir.d/noext"), "application/octet-stream");
    }
}
