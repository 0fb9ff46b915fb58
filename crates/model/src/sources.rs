//! Every reference named in `docs/science.md`, complete enough to look up: authors, year, title,
//! journal with volume:first page (or the agency and document number), and a DOI or PubMed id
//! where one was verified. Oldest first; docs/science.md "References" lists the same works.

/// One cited work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    /// Stable id used by the app to point at a reference, e.g. "aust-2008" (other modules cite it).
    pub id: &'static str,
    /// Surname and initials; the first author and "et al." for three or more; for agency
    /// documents the agency.
    pub authors: &'static str,
    /// Year of publication; for FDA documents the year of the decision.
    pub year: u16,
    /// Title as published, in its own language.
    pub title: &'static str,
    /// Journal abbreviation with volume:first page, e.g. "Plast Reconstr Surg 127:146e"; for
    /// agency documents the document type, number and decision date.
    pub venue: &'static str,
    /// DOI without the "doi:" prefix, e.g. "10.1159/000056328"; None where none was verified.
    pub doi: Option<&'static str>,
    /// PubMed or PubMed Central id, "PMID 20337652" or "PMC7671250"; None where none was verified.
    pub pubmed: Option<&'static str>,
    /// What the app uses it for, in a few English words (not shown to users; for maintainers).
    pub used_for: &'static str,
}

// Titles, venues and identifiers were checked against copies of the publishers', PubMed's or
// FDA's pages; a DOI or PubMed id appears only where such a page showed it, never guessed, and a
// venue says less (no volume or page) where those could not be found. Initials appear only where
// a page showed them. docs/science.md "References" lists the details not yet confirmed. The
// Brogden group's 2021 study was found only as its PubMed Central manuscript: its title is
// described in brackets until the published one is checked.
pub const REFERENCES: &[Reference] = &[
    Reference {
        id: "potts-guy-1992",
        authors: "Potts RO, Guy RH",
        year: 1992,
        title: "Predicting skin permeability",
        venue: "Pharm Res 9:663",
        doi: None,
        pubmed: None,
        used_for: "permeability equation log kp from log Kow and MW",
    },
    Reference {
        id: "bos-meinardi-2000",
        authors: "Bos JD, Meinardi MM",
        year: 2000,
        title: "The 500 Dalton rule for the skin penetration of chemical compounds and drugs",
        venue: "Exp Dermatol 9:165",
        doi: None,
        pubmed: None,
        used_for: "500 Da rule for intact skin",
    },
    Reference {
        id: "pinnell-2001",
        authors: "Pinnell SR et al.",
        year: 2001,
        title: "Topical L-ascorbic acid: percutaneous absorption studies",
        venue: "Dermatol Surg 27:137",
        doi: Some("10.1046/j.1524-4725.2001.00264.x"),
        pubmed: Some("PMID 11207686"),
        used_for: "vitamin C pH, concentration and tissue half-life",
    },
    // Absorption (issue 15), kept in year order like the rest: Zhai & Maibach 2001 and the
    // amantadine study of 2015, figures of docs/science.md §8 the validation table shows.
    Reference {
        id: "zhai-maibach-2001",
        authors: "Zhai H, Maibach HI",
        year: 2001,
        title: "Effects of skin occlusion on percutaneous absorption: an overview",
        venue: "Skin Pharmacol Appl Skin Physiol 14:1",
        doi: Some("10.1159/000056328"),
        pubmed: None,
        used_for: "occlusion hydrates the stratum corneum and raises intact-skin absorption",
    },
    Reference {
        id: "aust-2008",
        authors: "Aust MC et al.",
        year: 2008,
        title: "Percutaneous collagen induction therapy: an alternative treatment for scars, \
                wrinkles, and skin laxity",
        venue: "Plast Reconstr Surg 121:1421",
        doi: Some("10.1097/01.prs.0000304612.72899.02"),
        pubmed: None,
        used_for: "collagen and elastin rise in 480 patients; 400 % claim check",
    },
    Reference {
        id: "davidson-2008",
        authors: "Davidson A, Al-Qallaf B, Das DB",
        year: 2008,
        title: "Transdermal drug delivery by coated microneedles: geometry effects on effective \
                skin thickness and drug permeability",
        venue: "Chem Eng Res Des 86:1196",
        doi: None,
        pubmed: None,
        used_for: "permeation model: effective thickness, depth and spacing",
    },
    Reference {
        id: "gill-2008",
        authors: "Gill HS et al.",
        year: 2008,
        title: "Effect of microneedle design on pain in human volunteers",
        venue: "Clin J Pain 24:585",
        doi: Some("10.1097/AJP.0b013e31816778f9"),
        pubmed: Some("PMID 18716497"),
        used_for: "pain rises with microneedle length (3x longer, 7x pain) and gently with count",
    },
    Reference {
        id: "doddaballapur-2009",
        authors: "Doddaballapur S",
        year: 2009,
        title: "Microneedling with dermaroller",
        venue: "J Cutan Aesthet Surg 2:110",
        doi: Some("10.4103/0974-2077.58529"),
        pubmed: None,
        used_for: "roller channel density (reporting Fernandes); roller hole shape",
    },
    Reference {
        id: "aust-2010",
        authors: "Aust MC et al.",
        year: 2010,
        title: "Percutaneous collagen induction. Scarless skin rejuvenation: fact or fiction?",
        venue: "Clin Exp Dermatol 35:437",
        doi: Some("10.1111/j.1365-2230.2010.03779.x"),
        pubmed: Some("PMID 20337652"),
        used_for: "TGF-beta3 raised for 2 weeks after needling (rat)",
    },
    Reference {
        id: "guo-dipietro-2010",
        authors: "Guo S, DiPietro LA",
        year: 2010,
        title: "Factors affecting wound healing",
        venue: "J Dent Res 89:219",
        doi: Some("10.1177/0022034509359125"),
        pubmed: None,
        used_for: "wound-healing phases and scar strength",
    },
    Reference {
        id: "hostynek-2010",
        authors: "Hostynek JJ, Dreher F, Maibach HI",
        year: 2010,
        title: "Human skin retention and penetration of a copper tripeptide in vitro as function \
                of skin layer towards anti-inflammatory therapy",
        venue: "Inflamm Res 59(11)",
        doi: Some("10.1007/s00011-010-0214-4"),
        pubmed: None,
        used_for: "measured copper kp; GHK-Cu model limit",
    },
    Reference {
        id: "you-2010",
        authors: "You et al.",
        year: 2010,
        title: "Effect of applying modes of the polymer microneedle-roller on the permeation of \
                L-ascorbic acid in rats",
        venue: "J Drug Target 18:15",
        doi: Some("10.3109/10611860903115274"),
        pubmed: None,
        used_for: "vitamin C permeation about 10-fold with a roller (rat)",
    },
    Reference {
        id: "gupta-2011",
        authors: "Gupta J et al.",
        year: 2011,
        title: "Kinetics of skin resealing after insertion of microneedles in human subjects",
        venue: "J Control Release 154:148",
        doi: None,
        pubmed: None,
        used_for: "channel resealing in humans, open vs occluded",
    },
    Reference {
        id: "kalluri-2011",
        authors: "Kalluri H, Kolli CS, Banga AK",
        year: 2011,
        title: "Characterization of microchannels created by metal microneedles: formation and \
                closure",
        venue: "AAPS J 13:473",
        doi: Some("10.1208/s12248-011-9288-3"),
        pubmed: Some("PMID 21732220"),
        used_for: "real channel depth and width; closure times (rat)",
    },
    Reference {
        id: "schwarz-laaff-2011",
        authors: "Schwarz M, Laaff H",
        year: 2011,
        title: "A prospective controlled assessment of microneedling with the Dermaroller device",
        venue: "Plast Reconstr Surg 127:146e",
        doi: Some("10.1097/PRS.0b013e3182131e0f"),
        pubmed: None,
        used_for: "Dermaroller MF8 geometry; closure by eye",
    },
    Reference {
        id: "brogden-2012",
        authors: "Brogden NK et al.",
        year: 2012,
        title: "Diclofenac delays micropore closure following microneedle treatment in human \
                subjects",
        venue: "J Control Release 163:220",
        doi: Some("10.1016/j.jconrel.2012.08.015"),
        pubmed: Some("PMID 22929967"),
        used_for: "topical diclofenac delays channel closure",
    },
    Reference {
        id: "dhurat-2013",
        authors: "Dhurat R et al.",
        year: 2013,
        title: "A randomized evaluator blinded study of effect of microneedling in androgenetic \
                alopecia: a pilot study",
        venue: "Int J Trichology 5:6",
        doi: Some("10.4103/0974-7753.114700"),
        pubmed: Some("PMID 23960389"),
        used_for: "hair loss depth and weekly schedule",
    },
    Reference {
        id: "lima-2013",
        authors: "Lima EVA et al.",
        year: 2013,
        title: "Microagulhamento: estudo experimental e classificação da injúria provocada",
        venue: "Surg Cosmet Dermatol 5:110",
        doi: None,
        pubmed: None,
        used_for: "needle length vs dermal layer reached (pig)",
    },
    Reference {
        id: "lotfi-2013",
        authors: "Lotfi R, Moneib H, Yehia H",
        year: 2013,
        title: "Clinical and histopathological evaluation of percutaneous collagen induction \
                (dermaroller) in the treatment of postacne scars",
        venue: "J Egypt Women Dermatol Soc 10:152",
        doi: Some("10.1097/01.EWX.0000432504.85255.ec"),
        pubmed: None,
        used_for: "epidermis and papillary collagen gains after 5 sessions",
    },
    Reference {
        id: "tsugita-2013",
        authors: "Tsugita T et al.",
        year: 2013,
        title: "Positional differences and aging changes in Japanese woman epidermal thickness \
                and corneous thickness determined by OCT (optical coherence tomography)",
        venue: "Skin Res Technol",
        doi: Some("10.1111/srt.12021"),
        pubmed: None,
        used_for: "stratum corneum and epidermis thickness (OCT)",
    },
    Reference {
        id: "choi-2014",
        authors: "Choi YL et al.",
        year: 2014,
        title: "Dermal stability and in vitro skin permeation of collagen pentapeptides (KTTKS \
                and palmitoyl-KTTKS)",
        venue: "Biomol Ther 22:321",
        doi: Some("10.4062/biomolther.2014.053"),
        pubmed: Some("PMID 25143811"),
        used_for: "pentapeptide distribution in skin layers (mouse)",
    },
    Reference {
        id: "dogra-2014",
        authors: "Dogra et al.",
        year: 2014,
        title: "Microneedling for acne scars in Asian skin type: an effective low cost treatment \
                modality",
        venue: "J Cosmet Dermatol",
        doi: None,
        pubmed: Some("PMID 25196684"),
        used_for: "roller acne-scar series, types IV-V: PIH in 5 of 30, tram tracks in 2 of 30",
    },
    Reference {
        id: "soltani-arabshahi-2014",
        authors: "Soltani-Arabshahi R et al.",
        year: 2014,
        title: "Facial allergic granulomatous reaction and systemic hypersensitivity associated \
                with microneedle therapy for skin rejuvenation",
        venue: "JAMA Dermatol 150:68",
        doi: Some("10.1001/jamadermatol.2013.6955"),
        pubmed: None,
        used_for: "granulomas after vitamin C serum; serum safety note",
    },
    Reference {
        id: "chopra-2015",
        authors: "Chopra K et al.",
        year: 2015,
        title: "A comprehensive examination of topographic thickness of skin in the human face",
        venue: "Aesthet Surg J 35:1007",
        doi: Some("10.1093/asj/sjv079"),
        pubmed: None,
        used_for: "facial epidermis and dermis thickness (cadaver)",
    },
    Reference {
        id: "el-domyati-2015",
        authors: "El-Domyati M et al.",
        year: 2015,
        title: "Multiple microneedling sessions for minimally invasive facial rejuvenation: an \
                objective assessment",
        venue: "Int J Dermatol 54:1361",
        doi: None,
        pubmed: None,
        used_for: "collagen types and elastin after 6 sessions",
    },
    Reference {
        id: "han-das-2015",
        authors: "Han T, Das DB",
        year: 2015,
        title: "A new paradigm for numerical simulation of microneedle-based drug delivery aided \
                by histology of microneedle-pierced skin",
        venue: "J Pharm Sci",
        doi: Some("10.1002/jps.24425"),
        pubmed: None,
        used_for: "histological depth shorter than needle length",
    },
    Reference {
        id: "harris-2015",
        authors: "Harris AG, Naidoo C, Murrell DF",
        year: 2015,
        title: "Skin needling as a treatment for acne scarring: an up-to-date review of the \
                literature",
        venue: "Int J Womens Dermatol 1:77",
        doi: None,
        pubmed: None,
        used_for: "acne scar depth and session schedule",
    },
    Reference {
        id: "amantadine-2015",
        authors: "Hoang M, Ita K, Bair D",
        year: 2015,
        title: "Solid microneedles for transdermal delivery of amantadine hydrochloride and \
                pramipexole dihydrochloride",
        venue: "Pharmaceutics 7:379",
        doi: Some("10.3390/pharmaceutics7040379"),
        pubmed: Some("PMC4695825"),
        used_for:
            "amantadine through a steel microneedle roller, porcine skin: 2.2×, not significant",
    },
    Reference {
        id: "essendoubi-2016",
        authors: "Essendoubi M et al.",
        year: 2016,
        title: "Human skin penetration of hyaluronic acid of different molecular weights as \
                probed by Raman spectroscopy",
        venue: "Skin Res Technol 22:55",
        doi: Some("10.1111/srt.12228"),
        pubmed: Some("PMID 25877232"),
        used_for: "hyaluronic acid size vs stratum corneum crossing",
    },
    Reference {
        id: "singh-yadav-2016",
        authors: "Singh A, Yadav S",
        year: 2016,
        title: "Microneedling: advances and widening horizons",
        venue: "Indian Dermatol Online J 7:244",
        doi: Some("10.4103/2229-5178.185468"),
        pubmed: None,
        used_for: "no heat or pigment target: suits darker skin",
    },
    Reference {
        id: "lima-2017",
        authors: "Lima EVA et al.",
        year: 2017,
        title: "Assessment of the effects of skin microneedling as adjuvant therapy for facial \
                melasma: a pilot study",
        venue: "BMC Dermatol 17:14",
        doi: Some("10.1186/s12895-017-0066-5"),
        pubmed: Some("PMID 29183309"),
        used_for: "melasma depth, with or without tranexamic acid",
    },
    // The two 2017 isotretinoin consensus papers: the id stays on the systematic review, the
    // ASDS task force has its own entry.
    Reference {
        id: "isotretinoin-consensus-2017",
        authors: "Spring LK et al.",
        year: 2017,
        title: "Isotretinoin and timing of procedural interventions: a systematic review with \
                consensus recommendations",
        venue: "JAMA Dermatol 153:802",
        doi: Some("10.1001/jamadermatol.2017.2077"),
        pubmed: None,
        used_for: "isotretinoin waiting time disagreement",
    },
    Reference {
        id: "waldman-2017",
        authors: "Waldman A et al.",
        year: 2017,
        title: "ASDS Guidelines Task Force: consensus recommendations regarding the safety of \
                lasers, dermabrasion, chemical peels, energy devices, and skin surgery during and \
                after isotretinoin use",
        venue: "Dermatol Surg 43:1249",
        doi: Some("10.1097/DSS.0000000000001166"),
        pubmed: Some("PMID 28498204"),
        used_for: "isotretinoin waiting time disagreement (second consensus paper)",
    },
    // FDA documents carry the year of the decision; the number is what finds them in FDA's
    // De Novo and 510(k) databases.
    Reference {
        id: "fda-den160029",
        authors: "US Food and Drug Administration",
        year: 2018,
        title: "SkinPen Precision System (microneedling device for aesthetic use): De Novo \
                classification",
        venue: "FDA De Novo DEN160029, granted 1 March 2018",
        doi: None,
        pubmed: None,
        used_for: "SkinPen needles, frequency, depth range",
    },
    Reference {
        id: "fda-k180778",
        authors: "US Food and Drug Administration",
        year: 2018,
        title: "Exceed Microneedling Device: 510(k) clearance for facial wrinkles",
        venue: "FDA 510(k) K180778, cleared 7 September 2018",
        doi: None,
        pubmed: None,
        used_for: "Exceed cleared for wrinkles at up to 1.5 mm; depth tolerance",
    },
    // Added for the days after a session (docs/science.md §8, "Collagen").
    Reference {
        id: "sasaki-2019",
        authors: "Sasaki GH",
        year: 2019,
        title: "The significance of trans-epidermal water loss after microneedling and \
                microneedling-radiofrequency procedures: histological and IRB-approved safety \
                study",
        venue: "Aesthet Surg J Open Forum 1:ojz017",
        doi: Some("10.1093/asjof/ojz017"),
        pubmed: Some("PMC7671250"),
        used_for: "TEWL still raised at 48 h after 0.5 and 1.5 mm pens",
    },
    Reference {
        id: "fda-k182407",
        authors: "US Food and Drug Administration",
        year: 2019,
        title: "Exceed Microneedling Device: 510(k) clearance for facial acne scars",
        venue: "FDA 510(k) K182407, cleared 19 July 2019",
        doi: None,
        pubmed: None,
        used_for: "Exceed needles (6), frequency (100-150 Hz), depth 0-1.5 mm, tolerance ±0.15 mm",
    },
    Reference {
        id: "brogden-2021",
        authors: "Brogden NK group",
        year: 2021,
        title: "[Pilot study of micropore closure at three anatomical sites (upper arm, volar \
                forearm, abdomen) in 35 healthy subjects]",
        venue: "PubMed Central author manuscript",
        doi: None,
        pubmed: Some("PMC8259462"),
        used_for: "closure half-life under occlusion (n = 35)",
    },
    Reference {
        id: "chu-2021",
        authors: "Chu S, Foulad DP, Atanaskova Mesinkovska N",
        year: 2021,
        title: "Safety profile for microneedling: a systematic review",
        venue: "Dermatol Surg 47:1249",
        doi: Some("10.1097/01.dss.0000790428.70373.f6"),
        pubmed: None,
        used_for: "adverse events review: 85 studies, 2,805 patients",
    },
    Reference {
        id: "ultrasound-2022",
        authors: "Meng Y et al.",
        year: 2022,
        title: "Application of high-frequency ultrasound to assess facial skin thickness in \
                association with gender, age, and BMI in healthy adults",
        venue: "BMC Med Imaging 22:113",
        doi: Some("10.1186/s12880-022-00839-w"),
        pubmed: Some("PMID 35710358"),
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
            assert!(!r.used_for.trim().is_empty(), "{} has no use", r.id);
        }
    }

    /// A lecturer must be able to look every work up: a title, a venue, and either an
    /// identifier or a venue that carries a volume or document number.
    #[test]
    fn every_reference_is_complete() {
        for r in REFERENCES {
            let title = r.title.trim();
            assert!(title.len() >= 10, "{} has no real title", r.id);
            assert!(
                !title.ends_with('.'),
                "{}: the list adds the full stop",
                r.id
            );
            let venue = r.venue.trim();
            assert!(venue.len() >= 3, "{} has no venue", r.id);
            assert_ne!(
                venue.to_lowercase(),
                "review",
                "{} gives a kind, not a venue",
                r.id
            );
            assert!(
                r.doi.is_some() || r.pubmed.is_some() || venue.chars().any(|c| c.is_ascii_digit()),
                "{} can not be found: no identifier and no volume or number",
                r.id
            );
        }
    }

    #[test]
    fn identifiers_are_well_formed() {
        for r in REFERENCES {
            if let Some(doi) = r.doi {
                assert!(
                    doi.starts_with("10.") && doi.contains('/'),
                    "{}: {doi}",
                    r.id
                );
                assert!(!doi.contains(char::is_whitespace), "{}: {doi}", r.id);
                // The Learn screen breaks a DOI only after its prefix and after each "." of
                // the rest: a longer piece would run past a 360 px screen in the projector
                // theme (check it there before raising this).
                let suffix = doi.split_once('/').map_or("", |(_, s)| s);
                for piece in suffix.split('.') {
                    assert!(
                        piece.chars().count() <= 20,
                        "{}: {doi} has a long piece",
                        r.id
                    );
                }
            }
            if let Some(id) = r.pubmed {
                let digits = id
                    .strip_prefix("PMID ")
                    .or_else(|| id.strip_prefix("PMC"))
                    .unwrap_or_else(|| panic!("{}: {id} is neither PMID nor PMC", r.id));
                assert!(
                    !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()),
                    "{}: {id}",
                    r.id
                );
            }
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
            "fda-k180778",
            "isotretinoin-consensus-2017",
            "waldman-2017",
        ] {
            assert!(by_id(id).is_some(), "{id} missing");
        }
    }
}
