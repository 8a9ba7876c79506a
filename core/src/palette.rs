//! The status colours, chosen to stay apart for people with the common colour-vision deficiencies
//! (checked below by simulating protanopia, deuteranopia and tritanopia). Colour is never the only
//! carrier of a status: an icon and a word always go with it.

pub const FULLY: &str = "#0f5132";
pub const PARTIALLY: &str = "#ffb000";
pub const NOT: &str = "#d9480f";
pub const NOT_ASSESSED: &str = "#a0a8b3";

/// Simulations of full dichromacy (Machado, Oliveira & Fernandes 2009, severity 1), on linear RGB.
pub const SIMULATIONS: [(&str, [[f64; 3]; 3]); 4] = [
    (
        "normal vision",
        [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]],
    ),
    (
        "protanopia",
        [
            [0.152286, 1.052583, -0.204868],
            [0.114503, 0.786281, 0.099216],
            [-0.003882, -0.048116, 1.051998],
        ],
    ),
    (
        "deuteranopia",
        [
            [0.367322, 0.860646, -0.227968],
            [0.280085, 0.672501, 0.047413],
            [-0.011820, 0.042940, 0.968881],
        ],
    ),
    (
        "tritanopia",
        [
            [1.255528, -0.076749, -0.178779],
            [-0.078411, 0.930809, 0.147602],
            [0.004733, 0.691367, 0.303900],
        ],
    ),
];

fn linear(hex: &str) -> [f64; 3] {
    let channel = |i: usize| {
        let c =
            u8::from_str_radix(hex.get(i..i + 2).unwrap_or("00"), 16).unwrap_or(0) as f64 / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    [channel(1), channel(3), channel(5)]
}

fn lab(rgb: [f64; 3]) -> [f64; 3] {
    let [r, g, b] = rgb;
    let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    let f = |t: f64| {
        if t > 0.008856 {
            t.cbrt()
        } else {
            7.787 * t + 16.0 / 116.0
        }
    };
    [
        116.0 * f(y) - 16.0,
        500.0 * (f(x) - f(y)),
        200.0 * (f(y) - f(z)),
    ]
}

/// The colour as seen under a simulation, in CIELAB.
pub fn seen(hex: &str, m: &[[f64; 3]; 3]) -> [f64; 3] {
    let c = linear(hex);
    let out: Vec<f64> = (0..3)
        .map(|r| (m[r][0] * c[0] + m[r][1] * c[1] + m[r][2] * c[2]).clamp(0.0, 1.0))
        .collect();
    lab([out[0], out[1], out[2]])
}

/// CIE76 colour difference.
pub fn delta_e(a: [f64; 3], b: [f64; 3]) -> f64 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pair_of_status_colours_stays_apart_under_each_colour_vision_deficiency() {
        let colours = crate::model::StatusCategory::ALL.map(crate::model::StatusCategory::colour);
        for (name, m) in &SIMULATIONS {
            for (i, a) in colours.iter().enumerate() {
                for b in &colours[i + 1..] {
                    let d = delta_e(seen(a, m), seen(b, m));
                    assert!(
                        d >= 25.0,
                        "{a} and {b} differ by only ΔE {d:.1} under {name}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_old_green_and_red_would_have_failed_for_protanopia() {
        let (_, m) = SIMULATIONS[1];
        assert!(delta_e(seen("#2e7d4a", &m), seen("#c0392b", &m)) < 15.0);
    }
}
