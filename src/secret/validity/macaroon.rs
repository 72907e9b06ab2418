//! PyPI API tokens: `pypi-` + a base64url macaroon in libmacaroons' version 2 binary format,
//! which must parse from its version byte to its 32-byte signature.

use super::decode_base64;

const VERSION: u8 = 2;
const EOS: u64 = 0;
const LOCATION: u64 = 1;
const IDENTIFIER: u64 = 2;
const SIGNATURE: u64 = 6;
const SIGNATURE_LEN: usize = 32;

/// Whether `token` is `pypi-` + a whole, well-formed version 2 macaroon for PyPI or TestPyPI.
pub(super) fn verify_pypi(token: &[u8]) -> bool {
    let Some(encoded) = token.strip_prefix(b"pypi-") else { return false };
    let Some(macaroon) = decode_base64(encoded) else { return false };
    let mut reader = Reader { data: &macaroon, at: 0 };
    reader.parse().is_some_and(|location| location == b"pypi.org" || location == b"test.pypi.org")
}

struct Reader<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    /// Parses the whole macaroon; returns its location.
    fn parse(&mut self) -> Option<&'a [u8]> {
        if self.byte()? != VERSION {
            return None;
        }
        let header = self.section()?;
        let location = header.iter().find(|(kind, _)| *kind == LOCATION)?.1;
        header.iter().find(|(kind, _)| *kind == IDENTIFIER)?;
        // Caveat sections follow until an empty one.
        loop {
            let caveat = self.section()?;
            if caveat.is_empty() {
                break;
            }
            caveat.iter().find(|(kind, _)| *kind == IDENTIFIER)?;
        }
        let (kind, signature) = self.field()?;
        (kind == SIGNATURE && signature.len() == SIGNATURE_LEN && self.at == self.data.len())
            .then_some(location)
    }

    /// Fields up to the end-of-section marker.
    fn section(&mut self) -> Option<Vec<(u64, &'a [u8])>> {
        let mut fields = Vec::new();
        loop {
            let kind = self.varint()?;
            if kind == EOS {
                return Some(fields);
            }
            let length = usize::try_from(self.varint()?).ok()?;
            fields.push((kind, self.take(length)?));
        }
    }

    fn field(&mut self) -> Option<(u64, &'a [u8])> {
        let kind = self.varint()?;
        let length = usize::try_from(self.varint()?).ok()?;
        Some((kind, self.take(length)?))
    }

    fn byte(&mut self) -> Option<u8> {
        let byte = *self.data.get(self.at)?;
        self.at += 1;
        Some(byte)
    }

    fn take(&mut self, length: usize) -> Option<&'a [u8]> {
        let bytes = self.data.get(self.at..self.at.checked_add(length)?)?;
        self.at += length;
        Some(bytes)
    }

    /// An unsigned LEB128 integer.
    fn varint(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine as _;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;

    /// A synthetic macaroon in the version 2 format.
    fn macaroon(location: &str, caveats: &[&str], signature_len: usize) -> Vec<u8> {
        let mut out = vec![VERSION];
        let field = |out: &mut Vec<u8>, kind: u8, data: &[u8]| {
            out.push(kind);
            out.push(data.len() as u8);
            out.extend_from_slice(data);
        };
        field(&mut out, 1, location.as_bytes());
        field(&mut out, 2, b"user-token-identifier");
        out.push(0);
        for caveat in caveats {
            field(&mut out, 2, caveat.as_bytes());
            out.push(0);
        }
        out.push(0);
        field(&mut out, 6, &vec![0xab; signature_len]);
        out
    }

    fn token(bytes: &[u8]) -> String {
        format!("pypi-{}", URL_SAFE_NO_PAD.encode(bytes))
    }

    #[test]
    fn whole_pypi_macaroons_verify() {
        let valid = token(&macaroon("pypi.org", &[r#"{"version": 1, "permissions": "user"}"#], 32));
        assert!(valid.starts_with("pypi-AgEIcHlwaS5vcmc"));
        assert!(verify_pypi(valid.as_bytes()));
        assert!(verify_pypi(token(&macaroon("test.pypi.org", &[], 32)).as_bytes()));
    }

    #[test]
    fn truncated_or_foreign_macaroons_do_not() {
        let whole = macaroon("pypi.org", &["caveat"], 32);
        assert!(!verify_pypi(token(&whole[..whole.len() - 5]).as_bytes()));
        assert!(!verify_pypi(token(&macaroon("pypi.org", &[], 31)).as_bytes()));
        assert!(!verify_pypi(token(&macaroon("evil.example", &[], 32)).as_bytes()));
        assert!(!verify_pypi(b"pypi-AgEIcHlwaS5vcmcrandomgarbage"));
    }
}
