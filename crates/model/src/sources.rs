//! Every reference named in `docs/science.md`, with only the details docs/science.md gives, oldest first.

/// One cited work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    /// Stable id used by the app to point at a reference, e.g. "aust-2008".
    pub id: &'static str,
    /// Authors as docs/science.md gives them ("Schwarz M, Laaff H" style or "Aust MC et al."); for agency documents the agency.
    pub authors: &'static str,
    pub year: u16,
    /// Journal with volume:first page when docs/science.md gives them, e.g. "Plast Reconstr Surg 127:146e"; or the document type ("FDA De Novo DEN160029").
    pub venue: Option<&'static str>,
    /// What the app uses it for, in a few English words (not shown to users; for maintainers).
    pub used_for: &'static str,
}

// docs/science.md gives surnames only (no initials), and for some works no journal: those fields say
// nothing rather than guess. The two FDA documents carry no decision year in docs/science.md;
// their year is the one encoded in the submission number (DEN16…, K18…), i.e. the year received.
pub const REFERENCES: &[Reference] = &[
    Reference {
        id: "potts-guy-1992",
        authors: "Potts, Guy",
        year: 1992,
        venue: Some("Pharm Res 9:663"),
        used_for: "permeability equation log kp from log Kow and MW",
    },
    Reference {
        id: "bos-meinardi-2000",
        authors: "Bos, Meinardi",
        year: 2000,
        venue: None,
        used_for: "500 Da rule for intact skin",
    },
    Reference {
        id: "pinnell-2001",
        authors: "Pinnell",
        year: 2001,
        venue: Some("Dermatol Surg 27:137"),
        used_for: "vitamin C pH, concentration and tissue half-life",
    },
    // Absorption (issue 15), kept in year order like the rest: Zhai & Maibach 2001 and the
    // amantadine study of 2015, figures of docs/science.md §8 the validation table shows.
    Reference {
        id: "zhai-maibach-2001",
        authors: "Zhai, Maibach",
        year: 2001,
        venue: Some("Skin Pharmacol Appl Skin Physiol 14:1"),
        used_for: "occlusion hydrates the stratum corneum and raises intact-skin absorption",
    },
    Reference {
        id: "aust-2008",
        authors: "Aust et al.",
        year: 2008,
        venue: Some("Plast Reconstr Surg 121:1421"),
        used_for: "collagen and elastin rise in 480 patients; 400 % claim check",
    },
    Reference {
        id: "davidson-2008",
        authors: "Davidson, Al-Qallaf, Das",
        year: 2008,
        venue: Some("Chem Eng Res Des 86:1196"),
        used_for: "permeation model: effective thickness, depth and spacing",
    },
    Reference {
        id: "gill-2008",
        authors: "Gill et al.",
        year: 2008,
        venue: Some("Clin J Pain 24:585"),
        used_for: "pain rises with microneedle length (3x longer, 7x pain) and gently with count",
    },
    Reference {
        id: "doddaballapur-2009",
        authors: "Doddaballapur, reporting Fernandes",
        year: 2009,
        venue: Some("J Cutan Aesthet Surg 2:110"),
        used_for: "roller channel density; roller hole shape",
    },
    Reference {
        id: "aust-2010",
        authors: "Aust",
        year: 2010,
        venue: Some("Clin Exp Dermatol"),
        used_for: "TGF-beta3 raised for 2 weeks after needling (rat)",
    },
    Reference {
        id: "guo-dipietro-2010",
        authors: "Guo, DiPietro",
        year: 2010,
        venue: Some("J Dent Res"),
        used_for: "wound-healing phases and scar strength",
    },
    Reference {
        id: "hostynek-2010",
        authors: "Hostynek",
        year: 2010,
        venue: Some("Inflamm Res"),
        used_for: "measured copper kp; GHK-Cu model limit",
    },
    Reference {
        id: "you-2010",
        authors: "You et al.",
        year: 2010,
        venue: Some("J Drug Target 18:15"),
        used_for: "vitamin C permeation about 10-fold with a roller (rat)",
    },
    Reference {
        id: "gupta-2011",
        authors: "Gupta et al.",
        year: 2011,
        venue: Some("J Control Release 154:148"),
        used_for: "channel resealing in humans, open vs occluded",
    },
    Reference {
        id: "kalluri-2011",
        authors: "Kalluri, Kolli, Banga",
        year: 2011,
        venue: Some("AAPS J 13:473"),
        used_for: "real channel depth and width; closure times (rat)",
    },
    Reference {
        id: "schwarz-laaff-2011",
        authors: "Schwarz, Laaff",
        year: 2011,
        venue: Some("Plast Reconstr Surg 127:146e"),
        used_for: "Dermaroller MF8 geometry; closure by eye",
    },
    Reference {
        id: "brogden-2012",
        authors: "Brogden",
        year: 2012,
        venue: None,
        used_for: "topical diclofenac delays channel closure",
    },
    Reference {
        id: "dhurat-2013",
        authors: "Dhurat",
        year: 2013,
        venue: None,
        used_for: "hair loss depth and weekly schedule",
    },
    Reference {
        id: "lima-2013",
        authors: "Lima, Lima, Takano",
        year: 2013,
        venue: Some("Surg Cosmet Dermatol 5:110"),
        used_for: "needle length vs dermal layer reached (pig)",
    },
    Reference {
        id: "lotfi-2013",
        authors: "Lotfi",
        year: 2013,
        venue: None,
        used_for: "epidermis and papillary collagen gains after 5 sessions",
    },
    Reference {
        id: "tsugita-2013",
        authors: "Tsugita",
        year: 2013,
        venue: Some("Skin Res Technol"),
        used_for: "stratum corneum and epidermis thickness (OCT)",
    },
    Reference {
        id: "choi-2014",
        authors: "Choi",
        year: 2014,
        venue: Some("Biomol Ther 22:321"),
        used_for: "pentapeptide distribution in skin layers (mouse)",
    },
    Reference {
        id: "dogra-2014",
        authors: "Dogra et al.",
        year: 2014,
        venue: Some("J Cosmet Dermatol"),
        used_for: "roller acne-scar series, types IV-V: PIH in 5 of 30, tram tracks in 2 of 30",
    },
    Reference {
        id: "soltani-arabshahi-2014",
        authors: "Soltani-Arabshahi",
        year: 2014,
        venue: Some("JAMA Dermatol 150:68"),
        used_for: "granulomas after vitamin C serum; serum safety note",
    },
    Reference {
        id: "chopra-2015",
        authors: "Chopra",
        year: 2015,
        venue: Some("Aesthet Surg J 35:1007"),
        used_for: "facial epidermis and dermis thickness (cadaver)",
    },
    Reference {
        id: "el-domyati-2015",
        authors: "El-Domyati",
        year: 2015,
        venue: Some("Int J Dermatol 54:1361"),
        used_for: "collagen types and elastin after 6 sessions",
    },
    Reference {
        id: "han-das-2015",
        authors: "Han, Das",
        year: 2015,
        venue: Some("J Pharm Sci"),
        used_for: "histological depth shorter than needle length",
    },
    Reference {
        id: "harris-2015",
        authors: "Harris",
        year: 2015,
        venue: Some("Review"),
        used_for: "acne scar depth and session schedule",
    },
    Reference {
        id: "amantadine-2015",
        authors: "Touro University College of Pharmacy group",
        year: 2015,
        venue: Some("Pharmaceutics 7:379"),
        used_for:
            "amantadine through a steel microneedle roller, porcine skin: 2.2×, not significant",
    },
    Reference {
        id: "essendoubi-2016",
        authors: "Essendoubi",
        year: 2016,
        venue: Some("Skin Res Technol 22:55"),
        used_for: "hyaluronic acid size vs stratum corneum crossing",
    },
    Reference {
        id: "singh-yadav-2016",
        authors: "Singh, Yadav",
        year: 2016,
        venue: Some("Indian Dermatol Online J 7:244"),
        used_for: "no heat or pigment target: suits darker skin",
    },
    Reference {
        id: "fda-den160029",
        authors: "US Food and Drug Administration",
        year: 2016,
        venue: Some("FDA De Novo DEN160029 (SkinPen)"),
        used_for: "SkinPen needles, frequency, depth range",
    },
    Reference {
        id: "isotretinoin-consensus-2017",
        authors: "Consensus papers on isotretinoin and skin procedures",
        year: 2017,
        venue: None,
        used_for: "isotretinoin waiting time disagreement",
    },
    Reference {
        id: "lima-2017",
        authors: "Lima",
        year: 2017,
        venue: Some("BMC Dermatol"),
        used_for: "melasma depth, with or without tranexamic acid",
    },
    Reference {
        id: "fda-k182407",
        authors: "US Food and Drug Administration",
        year: 2018,
        venue: Some("FDA 510(k) K182407 (Exceed)"),
        used_for: "Exceed needles, frequency, depth tolerance; wrinkles",
    },
    // Added for the days after a session (docs/science.md §8, "Collagen").
    Reference {
        id: "sasaki-2019",
        authors: "Sasaki",
        year: 2019,
        venue: Some("Aesthet Surg J Open Forum (PMC7671250)"),
        used_for: "TEWL still raised at 48 h after 0.5 and 1.5 mm pens",
    },
    Reference {
        id: "brogden-2021",
        authors: "Brogden group",
        year: 2021,
        venue: None,
        used_for: "closure half-life under occlusion (n = 35)",
    },
    Reference {
        id: "chu-2021",
        authors: "Chu et al.",
        year: 2021,
        venue: Some("Dermatol Surg 47:1249"),
        used_for: "adverse events review: 85 studies, 2,805 patients",
    },
    Reference {
        id: "ultrasound-2022",
        authors: "Ultrasound study of facial skin thickness",
        year: 2022,
        venue: Some("BMC Med Imaging"),
        used_for: "forehead and eyelid dermis thickness by sex",
    },
];

/// The reference with this id, if any.
pub fn by_id(id: &str) -> Option<&'static Reference> {
    REFERENCES.iter().find(|r| r.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique() {
        for (i, a) in REFERENCES.iter().enumerate() {
            for b in &REFERENCES[i + 1..] {
                assert_ne!(a.id, b.id, "duplicate id");
            }
        }
    }

    #[test]
    fn ids_are_lowercase_kebab_case() {
        for r in REFERENCES {
            let id = r.id;
            assert!(!id.is_empty(), "empty id");
            assert!(
                id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{id} has a character other than a-z, 0-9 or -"
            );
            assert!(
                !id.starts_with('-') && !id.ends_with('-'),
                "{id} starts or ends with -"
            );
            assert!(!id.contains("--"), "{id} has an empty segment");
        }
    }

    #[test]
    fn years_are_plausible() {
        for r in REFERENCES {
            assert!(
                (1990..=2026).contains(&r.year),
                "{} has year {}",
                r.id,
                r.year
            );
        }
    }

    #[test]
    fn fields_are_filled() {
        for r in REFERENCES {
            assert!(!r.authors.trim().is_empty(), "{} has no authors", r.id);
            assert!(
                r.venue.is_none_or(|v| !v.trim().is_empty()),
                "{} has an empty venue",
                r.id
            );
            assert!(!r.used_for.trim().is_empty(), "{} has no use", r.id);
        }
    }

    #[test]
    fn sorted_by_year_then_authors() {
        for w in REFERENCES.windows(2) {
            let (a, b) = (&w[0], &w[1]);
            assert!(
                (a.year, a.authors) <= (b.year, b.authors),
                "{} should come after {}",
                a.id,
                b.id
            );
        }
    }

    #[test]
    fn by_id_finds_each_reference() {
        for r in REFERENCES {
            assert_eq!(by_id(r.id), Some(r));
        }
    }

    #[test]
    fn by_id_returns_none_for_unknown_ids() {
        assert_eq!(by_id("no-such-reference-1900"), None);
        assert_eq!(by_id(""), None);
        assert_eq!(by_id("AUST-2008"), None);
    }

    #[test]
    fn key_references_are_present() {
        for id in [
            "schwarz-laaff-2011",
            "kalluri-2011",
            "aust-2008",
            "chu-2021",
            "soltani-arabshahi-2014",
            "singh-yadav-2016",
            "fda-den160029",
            "fda-k182407",
        ] {
            assert!(by_id(id).is_some(), "{id} missing");
        }
    }
}
