"""Starter library authored from the legal review "Features of legal regulation and
law enforcement practice of the right to freedom of speech and expression in the
Republic of Kazakhstan" (PF "Wings of Liberty" & IWPR, Astana, 2023).

Pure data: module-level lists of plain dicts, read by the starter-library builder.
Statutory wording is quoted only where ``wording_is_quotation`` is True (the English
text as given in the review); everything else (notes, summaries, arguments,
rationales, recommendation texts) is written afresh. Citations use ``[@sourcekey]``.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Tags
# ---------------------------------------------------------------------------

TAGS: list[dict] = [
    {
        "key": "freedom-of-expression",
        "name": "Freedom of expression",
        "theme": True,
        "description": "The right to hold opinions and to seek, receive and impart information and ideas (ICCPR art. 19; Constitution art. 20).",
    },
    {
        "key": "access-to-information",
        "name": "Access to information",
        "theme": True,
        "description": "Requests for information held by public bodies, response deadlines, refusals and classification of information.",
    },
    {
        "key": "peaceful-assembly",
        "name": "Peaceful assembly",
        "theme": True,
        "description": "Notification of rallies, detentions at assemblies and the link between expression and assembly.",
    },
    {
        "key": "privacy",
        "name": "Privacy and personal data",
        "theme": True,
        "description": "Protection of personal data, publication of identifying data and disclosure of user data to the authorities.",
    },
    {
        "key": "journalists-safety",
        "name": "Journalists' safety",
        "theme": True,
        "description": "Attacks, threats, detentions and prosecutions of journalists, bloggers and editors.",
    },
    {
        "key": "foreign-agents",
        "name": "Foreign agents and foreign funding",
        "theme": True,
        "description": "Reporting duties, registers and sanctions for people and organisations receiving money from abroad.",
    },
    {
        "key": "media-regulation",
        "name": "Media regulation",
        "theme": True,
        "description": "Registration, licensing, suspension of media outlets, accreditation and press cards.",
    },
    {
        "key": "online-platforms",
        "name": "Online platforms",
        "theme": True,
        "description": "Duties of platform owners and users, influencers, illegal content and platform representatives.",
    },
    {
        "key": "criminal-defamation",
        "name": "Criminal and administrative defamation",
        "theme": True,
        "description": "Slander and insult as criminal or administrative offences, and their civil consequences.",
    },
    {
        "key": "censorship",
        "name": "Censorship",
        "theme": True,
        "description": "Definitions and practices of censorship, and the self-censorship they produce.",
    },
    {
        "key": "internet-blocking",
        "name": "Internet blocking",
        "theme": True,
        "description": "Suspension (blocking) of websites, accounts, networks and means of communication.",
    },
    {
        "key": "false-information",
        "name": "False information offences",
        "theme": True,
        "description": "Rules that punish or remove 'false' or 'inaccurate' information.",
    },
    {
        "key": "extremism-and-hate-speech",
        "name": "Extremism and incitement",
        "theme": True,
        "description": "Offences of inciting hatred and anti-extremism restrictions on speech.",
    },
    {
        "key": "international-standards",
        "name": "International standards",
        "theme": False,
        "description": "Treaty provisions and UN guidance used as benchmarks.",
    },
    {
        "key": "rankings",
        "name": "Rankings and indices",
        "theme": False,
        "description": "Scores and ranks from international monitoring organisations.",
    },
    {
        "key": "draft-law",
        "name": "Draft legislation",
        "theme": False,
        "description": "Bills and proposed amendments still before Parliament at the time of the review.",
    },
    {
        "key": "accreditation",
        "name": "Accreditation and press cards",
        "theme": False,
        "description": "Accreditation of journalists with state bodies and the proposed press-card system.",
    },
    {
        "key": "information-sovereignty",
        "name": "Information sovereignty and ideology",
        "theme": False,
        "description": "Undefined policy concepts such as 'information sovereignty' and 'the main ideological vector'.",
    },
    {
        "key": "self-censorship",
        "name": "Self-censorship",
        "theme": False,
        "description": "Chilling effects of sanctions and vague rules on what journalists choose to publish.",
    },
    {
        "key": "legal-certainty",
        "name": "Legal certainty",
        "theme": False,
        "description": "Vague or undefined terms that allow arbitrary application.",
    },
    {
        "key": "monitoring-data",
        "name": "Monitoring data",
        "theme": False,
        "description": "Counts and case data from monitoring organisations and official statistics.",
    },
    {
        "key": "extrajudicial-measures",
        "name": "Extrajudicial measures",
        "theme": False,
        "description": "Restrictions imposed by prosecutors or executive bodies without a court decision.",
    },
]

# ---------------------------------------------------------------------------
# Sources (every URL is taken from the review's footnotes)
# ---------------------------------------------------------------------------

SOURCES: list[dict] = [
    {
        "key": "wol-iwpr-2023",
        "source_kind": "report",
        "author": "Shvetsova E.A., Reimer R.E., Buralkieva D.B., Solovyov E.A.",
        "title": "Legal review: Features of legal regulation and law enforcement practice of the right to freedom of speech and expression in the Republic of Kazakhstan",
        "publisher": "PF “Wings of Liberty” & Institute for War and Peace Reporting (IWPR)",
        "issued": "2023",
        "url": "https://kzuncensored.cabar.asia",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": (
            "The review this starter library is built from (Astana, 2023, 36 pages; text editor Sadykova K.A.), "
            "prepared for the “Study on Digital Rights: Access to Information and Freedom of Expression in Kazakhstan” "
            "within the EU-funded project “Kazakhstan Uncensored”. The review itself names only the project site "
            "kzuncensored.cabar.asia (the scheme https:// was added here). It is cited directly for facts the review "
            "reports without a usable footnote address: the Freedom House scores (its Freedom House link has no address), "
            "the Adil Soz statistics for 2022, the LPRC report of January 2020, the ABAI NEWS and BES.media episodes "
            "and the status of the foreign-funding register."
        ),
    },
    {
        "key": "adilet-iccpr-ratification-law",
        "source_kind": "legal_act",
        "author": "Republic of Kazakhstan",
        "title": "Law of the Republic of Kazakhstan dated November 28, 2008, No. 91 (ratification of the International Covenant on Civil and Political Rights)",
        "publisher": "Adilet legal information system (adilet.zan.kz)",
        "issued": "2008-11-28",
        "url": "https://adilet.zan.kz/rus/docs/Z050000091_links",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Date and number as given in the review (footnote 1). The Adilet document code in the address (Z05...) suggests a 2005 act; check the date before citing it.",
    },
    {
        "key": "un-iccpr",
        "source_kind": "legal_act",
        "author": "United Nations",
        "title": "International Covenant on Civil and Political Rights",
        "publisher": "United Nations",
        "issued": "",
        "url": "https://www.un.org/ru/documents/decl_conv/conventions/pactpol.shtml",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Russian-language UN text of the Covenant (review footnote 2).",
    },
    {
        "key": "ohchr-gc34",
        "source_kind": "other",
        "author": "UN Human Rights Committee",
        "title": "General Comment No. 34: Article 19 (freedoms of opinion and expression)",
        "publisher": "Office of the UN High Commissioner for Human Rights (OHCHR)",
        "issued": "2011-07",
        "url": "https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=6QkG1d%2FPPrICAqhKb7yhsrdB0H115979OVGGB%2BWPAXik-s7ivEzdmLQdosDnCG8FaGzYH6OnzWb2RXT7yJopp6wnueK3xDIZpJtsnQ4NnehKxA27tv6yxSEu56OqU0tVD",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Adopted at the Committee's 102nd session, 11-29 July 2011 (review footnote 3).",
    },
    {
        "key": "un-iccpr-op",
        "source_kind": "legal_act",
        "author": "United Nations",
        "title": "Optional Protocol to the International Covenant on Civil and Political Rights",
        "publisher": "United Nations",
        "issued": "",
        "url": "https://www.un.org/ru/documents/decl_conv/conventions/pactpro1.shtml",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Russian-language UN text of the first Optional Protocol (review footnote 4).",
    },
    {
        "key": "adilet-op-ratification-law",
        "source_kind": "legal_act",
        "author": "Republic of Kazakhstan",
        "title": "Law of the Republic of Kazakhstan dated February 11, 2009, No. 130-IV (ratification of the Optional Protocol to the ICCPR)",
        "publisher": "Adilet legal information system (adilet.zan.kz)",
        "issued": "2009-02-11",
        "url": "https://adilet.zan.kz/rus/docs/Z090000130_",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 5.",
    },
    {
        "key": "supreme-court-un-decisions",
        "source_kind": "web_page",
        "author": "Supreme Court of the Republic of Kazakhstan",
        "title": "Decisions of UN committees in relation to the Republic of Kazakhstan",
        "publisher": "Supreme Court of the Republic of Kazakhstan (sud.gov.kz)",
        "issued": "",
        "url": "https://sud.gov.kz/rus/content/resheniya-komitetov-oon-v-otnoshenii-respubliki-kazahstan",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Used by the review for the number of Human Rights Committee views on Kazakhstan under ICCPR art. 19 (footnote 6).",
    },
    {
        "key": "rsf-2023",
        "source_kind": "report",
        "author": "Reporters Without Borders (RSF)",
        "title": "2023 World Press Freedom Index – journalism threatened by fake content industry",
        "publisher": "Reporters Without Borders",
        "issued": "2023",
        "url": "https://rsf.org/en/2023-world-press-freedom-index-journalism-threatened-fake-content-industry?data_type=general&year=2023",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Source of Kazakhstan's 2023 rank and the global breakdown of the index. The review's footnote numbering around this citation is garbled; the address is the one printed as footnote 7.",
    },
    {
        "key": "cpj",
        "source_kind": "web_page",
        "author": "Committee to Protect Journalists (CPJ)",
        "title": "Committee to Protect Journalists – Russian-language site",
        "publisher": "Committee to Protect Journalists",
        "issued": "",
        "url": "https://cpj.org/ru/",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "The review cites CPJ's 2023 alerts on Kazakhstan with this general address only (footnote 8); individual alert addresses are not given.",
    },
    {
        "key": "ipi-2023-yegeubayeva",
        "source_kind": "article",
        "author": "International Press Institute (IPI)",
        "title": "Kazakhstan: authorities must investigate intimidation of journalist Dinara Yegeubayeva",
        "publisher": "International Press Institute",
        "issued": "2023",
        "url": "https://ipi.media/kazakhstan-authorities-must-investigate-intimidation-of-journalist-dinara-yegeubayeva/",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnotes 9 and 10 (same address). The review spells the name “Egeubayeva” in its text.",
    },
    {
        "key": "azattyq-2019-tulesova",
        "source_kind": "article",
        "author": "Radio Azattyq",
        "title": "Almaty activists support Tulesova and Tolymbekov",
        "publisher": "Radio Azattyq (rus.azattyq.org)",
        "issued": "2019",
        "url": "https://rus.azattyq.org/a/kazakhstan-almaty-activists-support-tulesova-tolymbekov/29895948.html",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 11; title rendered in English from the address.",
    },
    {
        "key": "zakon-constitution",
        "source_kind": "legal_act",
        "author": "Republic of Kazakhstan",
        "title": "Constitution of the Republic of Kazakhstan, Article 20",
        "publisher": "Zakon.kz (online.zakon.kz)",
        "issued": "",
        "url": "https://online.zakon.kz/Document/?doc_id=1005029&pos=203;-49#pos=203;-49",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 12.",
    },
    {
        "key": "zakon-mass-media-law",
        "source_kind": "legal_act",
        "author": "Republic of Kazakhstan",
        "title": "Law of the Republic of Kazakhstan “On Mass Media”",
        "publisher": "Zakon.kz (online.zakon.kz)",
        "issued": "1999-07",
        "url": "https://online.zakon.kz/Document/?doc_id=1013966&pos=5;-109#pos=5;-109",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 13; the law dates from July 1999, amended most recently as of 01.05.2023 according to the review.",
    },
    {
        "key": "zakon-coao",
        "source_kind": "legal_act",
        "author": "Republic of Kazakhstan",
        "title": "Code of the Republic of Kazakhstan on Administrative Offenses",
        "publisher": "Zakon.kz (online.zakon.kz)",
        "issued": "",
        "url": "https://online.zakon.kz/Document/?doc_id=31577399&pos=7478;-56#pos=7478;-56&sdoc_params=tex-t%3D%25D1%2581%25D0%25BC%25D0%25B8%26mode%3Dindoc%26topic_id%3D31577399%26spos%3D1%26tSynonym%3D1%26tShort%3D1%26tSuffix%3D1&sdoc_pos=29",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 14, cited for the media-related fines in Chapter 26.",
    },
    {
        "key": "zakon-access-info-art5",
        "source_kind": "legal_act",
        "author": "Republic of Kazakhstan",
        "title": "Law of the Republic of Kazakhstan “On Access to Information”, Article 5",
        "publisher": "Zakon.kz (online.zakon.kz)",
        "issued": "",
        "url": "https://online.zakon.kz/Document/?doc_id=39415981&pos=80;-5#pos=80;-5",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 15 (pin-point link to Article 5).",
    },
    {
        "key": "zakon-access-info-art9",
        "source_kind": "legal_act",
        "author": "Republic of Kazakhstan",
        "title": "Law of the Republic of Kazakhstan “On Access to Information”, Article 9",
        "publisher": "Zakon.kz (online.zakon.kz)",
        "issued": "",
        "url": "https://online.zakon.kz/Document/?doc_id=39415981&pos=180;-49#pos=180;-49",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 16 (pin-point link to Article 9, paragraph 2).",
    },
    {
        "key": "ratekz-pavlodar-subsidies",
        "source_kind": "article",
        "author": "Rate.kz",
        "title": "In Pavlodar they urgently “declassified” the list of subsidy recipients",
        "publisher": "Rate.kz",
        "issued": "",
        "url": "http://rate.kz/raw/v_pavlodare_srochno_rassekretili_spisok_poluchatelej_subsidij",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 17, an example of information wrongly treated as restricted.",
    },
    {
        "key": "lprc-access-to-information",
        "source_kind": "report",
        "author": "Legal Policy Research Centre (LPRC)",
        "title": "Access to information in Kazakhstan",
        "publisher": "Legal Policy Research Centre (lprc.kz)",
        "issued": "",
        "url": "https://lprc.kz/wp-content/uploads/2020/06/Dostup-k-informaczii.pdf",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 18; the survey of journalists is on page 30.",
    },
    {
        "key": "adilsoz-monthly-monitoring",
        "source_kind": "web_page",
        "author": "International Foundation for the Protection of Freedom of Speech “Adil Soz”",
        "title": "Monthly monitoring",
        "publisher": "Adil Soz (adilsoz.kz)",
        "issued": "",
        "url": "https://adilsoz.kz/monthly-monitoring/",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 19; the review uses the June 2023 figures.",
    },
    {
        "key": "adilet-peaceful-assemblies-law",
        "source_kind": "legal_act",
        "author": "Republic of Kazakhstan",
        "title": "Law of the Republic of Kazakhstan “On the procedure for organizing and holding peaceful assemblies in the Republic of Kazakhstan”",
        "publisher": "Adilet legal information system (adilet.zan.kz)",
        "issued": "2020-05",
        "url": "https://adilet.zan.kz/rus/docs/Z2000000333",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 20 (the May 2020 law).",
    },
    {
        "key": "vlast-beyimbet-detention",
        "source_kind": "article",
        "author": "Vlast.kz",
        "title": "Vlast.kz journalist detained in Astana",
        "publisher": "Vlast.kz",
        "issued": "",
        "url": "https://vlast.kz/novosti/54980-v-astane-zaderzali-zurnalista-vlasti.html",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 21; title rendered in English from the address.",
    },
    {
        "key": "adilsoz-beyimbet-detention",
        "source_kind": "article",
        "author": "International Foundation for the Protection of Freedom of Speech “Adil Soz”",
        "title": "Police detained a Vlast.kz journalist in Astana",
        "publisher": "Adil Soz (adilsoz.kz)",
        "issued": "",
        "url": "https://adilsoz.kz/news/v-astane-policiya-zaderzhala-zhurnalista-vlastkz.html",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 22, cited for the legal analysis of the detention under CoAO Articles 787-788.",
    },
    {
        "key": "drfl-information-doctrine",
        "source_kind": "web_page",
        "author": "drfl.kz",
        "title": "Information Doctrine",
        "publisher": "drfl.kz",
        "issued": "",
        "url": "https://drfl.kz/ru/informatsionnaya-doktrina/",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 24, attached to the list of contested concepts in the Information Doctrine.",
    },
    {
        "key": "mazhilis-draft-mass-media-law",
        "source_kind": "web_page",
        "author": "Mazhilis of the Parliament of the Republic of Kazakhstan",
        "title": "Description of the draft Law “On Mass Media”",
        "publisher": "Parliament of the Republic of Kazakhstan (parlam.kz)",
        "issued": "2023-06-06",
        "url": "https://www.parlam.kz/ru/mazhilis/post-item/36/16079",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 25; the description of the bill is dated 06.06.2023. The review's link to the full dossier (versions, concept, explanatory note, minutes) has no address.",
    },
    {
        "key": "adilet-criminal-code",
        "source_kind": "legal_act",
        "author": "Republic of Kazakhstan",
        "title": "Criminal Code of the Republic of Kazakhstan",
        "publisher": "Adilet legal information system (adilet.zan.kz)",
        "issued": "",
        "url": "https://adilet.zan.kz/rus/docs/K1400000226",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 26, cited for Article 79 (criminal record).",
    },
    {
        "key": "baikenzheev-statehood",
        "source_kind": "article",
        "author": "Baikenzheev A.S.",
        "title": "Development of statehood and the legal system of Kazakhstan: past, present, future",
        "publisher": "KazNU law bulletin (bulletin-law.kaznu.kz)",
        "issued": "",
        "url": "https://bulletin-law.kaznu.kz/index.php/journal/article/view/360/356",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 27, used for a scholarly definition of 'statehood'.",
    },
    {
        "key": "ifkz-restriction-statistics",
        "source_kind": "web_page",
        "author": "Freedom Kazakhstan (ifkz.org)",
        "title": "Restriction statistics",
        "publisher": "Freedom Kazakhstan",
        "issued": "",
        "url": "https://ifkz.org/ru/restriction/statistics",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 28: counts of Internet resources restricted out of court, as of August 2023.",
    },
    {
        "key": "zakon-law-20-viii",
        "source_kind": "legal_act",
        "author": "Republic of Kazakhstan",
        "title": "Law of the Republic of Kazakhstan dated July 10, 2023, No. 20-VIII “On amendments and additions to the Code of the Republic of Kazakhstan on administrative offenses”",
        "publisher": "Zakon.kz (online.zakon.kz)",
        "issued": "2023-07-10",
        "url": "https://online.zakon.kz/Document/?doc_id=32070992&pos=1;-16#pos=1;-16",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 29: the act that adds Article 456-2 to the CoAO.",
    },
    {
        "key": "adilet-entrepreneurial-code",
        "source_kind": "legal_act",
        "author": "Republic of Kazakhstan",
        "title": "Entrepreneurial Code of the Republic of Kazakhstan",
        "publisher": "Adilet legal information system (adilet.zan.kz)",
        "issued": "",
        "url": "https://adilet.zan.kz/rus/docs/K1500000375",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 30, cited for the ten-working-day deadline in Article 124-10(8).",
    },
    {
        "key": "akorda-2019-ncpt-speech",
        "source_kind": "web_page",
        "author": "K. Tokayev, President of the Republic of Kazakhstan",
        "title": "Speech of the Head of State K. Tokayev at the second meeting of the National Council of Public Trust",
        "publisher": "Akorda (akorda.kz)",
        "issued": "2019",
        "url": "https://www.akorda.kz/ru/speeches/internal_political_affairs/in_speeches_and_addresses/vystuplenie-glavy-gosudarstva-k-tokaeva-na-vtorom-zasedanii-nacionalnogo-soveta-obshchestvennogo-doveriya",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 32: the announcement of the 'decriminalisation' of slander.",
    },
    {
        "key": "adilet-coao",
        "source_kind": "legal_act",
        "author": "Republic of Kazakhstan",
        "title": "Code of the Republic of Kazakhstan on Administrative Offenses",
        "publisher": "Adilet legal information system (adilet.zan.kz)",
        "issued": "",
        "url": "http://adilet.zan.kz/rus/docs/K1400000235",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 33 (Article 73-3); footnote 45 (Article 460-2) gives the same document as https://adilet.zan.kz/rus/docs/K1400000235.",
    },
    {
        "key": "qamqor-legal-statistics",
        "source_kind": "web_page",
        "author": "Portal of legal statistics and special records",
        "title": "Portal of legal statistics and special records (qamqor.gov.kz)",
        "publisher": "qamqor.gov.kz",
        "issued": "",
        "url": "https://qamqor.gov.kz/",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnotes 35, 40 and 42: case counts under CoAO 73-3 and Criminal Code 131 and 174, as of August 2023.",
    },
    {
        "key": "adilet-civil-procedure-code",
        "source_kind": "legal_act",
        "author": "Republic of Kazakhstan",
        "title": "Civil Procedure Code of the Republic of Kazakhstan",
        "publisher": "Adilet legal information system (adilet.zan.kz)",
        "issued": "",
        "url": "https://adilet.zan.kz/rus/docs/K1500000377",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 36, cited for Article 76(5).",
    },
    {
        "key": "azattyq-2023-batyrbekov",
        "source_kind": "article",
        "author": "Radio Azattyq",
        "title": "Editor Amangeldy Batyrbekov found guilty of slander",
        "publisher": "Radio Azattyq (rus.azattyq.org)",
        "issued": "2023",
        "url": "https://rus.azattyq.org/a/32516462.html",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 39; descriptive title.",
    },
    {
        "key": "un-sr-assembly-association",
        "source_kind": "report",
        "author": "UN Special Rapporteur on the rights to freedom of peaceful assembly and of association",
        "title": "Report of the UN Special Rapporteur on the rights to freedom of peaceful assembly and of association (statement on Article 174 of the Criminal Code of Kazakhstan)",
        "publisher": "United Nations",
        "issued": "",
        "url": "https://documents-dds-ny.un.org/doc/UNDOC/GEN/G15/126/66/PDF/G1512666.pdf?OpenElement",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 41; the review does not give the report's title or date.",
    },
    {
        "key": "adilet-tax-code-art29",
        "source_kind": "legal_act",
        "author": "Republic of Kazakhstan",
        "title": "Code of the Republic of Kazakhstan “On taxes and other obligatory payments to the budget” (Tax Code), Article 29",
        "publisher": "Adilet legal information system (adilet.zan.kz)",
        "issued": "",
        "url": "https://adilet.zan.kz/rus/docs/K1700000120#z29",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 43.",
    },
    {
        "key": "adilet-coao-art460-1",
        "source_kind": "legal_act",
        "author": "Republic of Kazakhstan",
        "title": "Code of the Republic of Kazakhstan on Administrative Offenses, Article 460-1",
        "publisher": "Adilet legal information system (adilet.zan.kz)",
        "issued": "",
        "url": "https://adilet.zan.kz/rus/docs/K1400000235#z3435",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 44 (pin-point link to Article 460-1).",
    },
    {
        "key": "adilet-order-2018",
        "source_kind": "legal_act",
        "author": "Minister of Finance of the Republic of Kazakhstan",
        "title": "Order dated February 20, 2018 “On approval of the Rules for maintaining a database on persons who received and spent money and (or) other property received from foreign states, international and foreign organizations, foreigners, stateless persons, as well as their inclusions and exclusions from the database”",
        "publisher": "Adilet legal information system (adilet.zan.kz)",
        "issued": "2018-02-20",
        "url": "https://adilet.zan.kz/rus/docs/V1800016507",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 46.",
    },
    {
        "key": "egov-order-amendments",
        "source_kind": "web_page",
        "author": "Ministry of Finance of the Republic of Kazakhstan",
        "title": "Amendments to the Order of February 20, 2018 on the foreign-funding database (legal acts portal)",
        "publisher": "legalacts.egov.kz",
        "issued": "2023",
        "url": "https://legalacts.egov.kz/npa/view?id=14393078",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 47, cited for the 2023 changes to the Order.",
    },
    {
        "key": "adilet-order-amendments-2023",
        "source_kind": "legal_act",
        "author": "Minister of Finance of the Republic of Kazakhstan",
        "title": "Amendments to the Order of February 20, 2018, registered with the Ministry of Justice on March 14, 2023 under No. 32059",
        "publisher": "Adilet legal information system (adilet.zan.kz)",
        "issued": "2023-03-14",
        "url": "https://adilet.zan.kz/rus/docs/V2300032059#z11",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 48; source of the current text of paragraph 8 of the Order.",
    },
    {
        "key": "adilet-personal-data-law",
        "source_kind": "legal_act",
        "author": "Republic of Kazakhstan",
        "title": "Law of the Republic of Kazakhstan “On personal data and their protection” (version as of 19.04.2023)",
        "publisher": "Adilet legal information system (adilet.zan.kz)",
        "issued": "",
        "url": "https://adilet.zan.kz/rus/archive/docs/Z1300000094/19.04.2023",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 49 (archived version dated 19.04.2023).",
    },
    {
        "key": "drfl-foreign-agents",
        "source_kind": "web_page",
        "author": "drfl.kz",
        "title": "Foreign agents",
        "publisher": "drfl.kz",
        "issued": "",
        "url": "https://drfl.kz/ru/inostrannye-agenty",
        "accessed_on": None,
        "confidentiality": "public",
        "notes": "Review footnote 50, on the personal-data exemption for state revenue bodies and the foreign-funding register.",
    },
]

# ---------------------------------------------------------------------------
# Instruments
# ---------------------------------------------------------------------------

INSTRUMENTS: list[dict] = [
    {
        "key": "constitution",
        "title": "Constitution of the Republic of Kazakhstan",
        "short_name": "Constitution",
        "instrument_kind": "constitution",
        "jurisdiction": "Kazakhstan",
        "status": "in_force",
        "adopted_on": None,
        "url": "https://online.zakon.kz/Document/?doc_id=1005029&pos=203;-49#pos=203;-49",
        "notes": (
            "Guarantees freedom of speech and bans censorship (Article 20), recognises ideological diversity "
            "(Article 5(1)) and the right to privacy (Article 18(1)), and lets ratified treaties be applied "
            "(Article 4(3)). The review argues that the qualifier in Article 20 allowing restrictions by ordinary "
            "law is used to hollow out the guarantee."
        ),
        "tags": ["freedom-of-expression", "censorship"],
    },
    {
        "key": "iccpr",
        "title": "International Covenant on Civil and Political Rights",
        "short_name": "ICCPR",
        "instrument_kind": "international_treaty",
        "jurisdiction": "UN",
        "status": "in_force",
        "adopted_on": None,
        "url": "https://www.un.org/ru/documents/decl_conv/conventions/pactpol.shtml",
        "notes": (
            "Ratified by Kazakhstan by the Law dated November 28, 2008, No. 91 (date as given in the review; the "
            "Adilet code of the cited act, Z050000091, points to 2005, so check before citing). Article 19 is the "
            "central benchmark of the review."
        ),
        "tags": ["international-standards", "freedom-of-expression"],
    },
    {
        "key": "iccpr-op",
        "title": "Optional Protocol to the International Covenant on Civil and Political Rights",
        "short_name": "Optional protocol",
        "instrument_kind": "international_treaty",
        "jurisdiction": "UN",
        "status": "in_force",
        "adopted_on": None,
        "url": "https://www.un.org/ru/documents/decl_conv/conventions/pactpro1.shtml",
        "notes": (
            "Ratified by Kazakhstan by the Law dated February 11, 2009, No. 130-IV; since February 2009 individuals "
            "can bring complaints about Covenant violations, including under Article 19, to the Human Rights Committee."
        ),
        "tags": ["international-standards"],
    },
    {
        "key": "gc34",
        "title": "General comment No. 34 (Article 19: Freedoms of opinion and expression), UN Human Rights Committee",
        "short_name": "General Comment No. 34",
        "instrument_kind": "international_standard",
        "jurisdiction": "UN",
        "status": "in_force",
        "adopted_on": None,
        "url": "https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=6QkG1d%2FPPrICAqhKb7yhsrdB0H115979OVGGB%2BWPAXik-s7ivEzdmLQdosDnCG8FaGzYH6OnzWb2RXT7yJopp6wnueK3xDIZpJtsnQ4NnehKxA27tv6yxSEu56OqU0tVD",
        "notes": (
            "Adopted by the Human Rights Committee at its 102nd session (11-29 July 2011). The Committee's "
            "authoritative reading of ICCPR Article 19: opinion is absolutely protected, expression covers all forms "
            "and media including the Internet, and restrictions must meet strict tests."
        ),
        "tags": ["international-standards", "freedom-of-expression"],
    },
    {
        "key": "iccpr-ratification-law",
        "title": "Law of the Republic of Kazakhstan dated November 28, 2008, No. 91 on ratification of the ICCPR",
        "short_name": "ICCPR ratification law",
        "instrument_kind": "law",
        "jurisdiction": "Kazakhstan",
        "status": "in_force",
        "adopted_on": "2008-11-28",
        "url": "https://adilet.zan.kz/rus/docs/Z050000091_links",
        "notes": "Date and number as stated in the review; the Adilet address suggests the act may date from 2005.",
        "tags": ["international-standards"],
    },
    {
        "key": "op-ratification-law",
        "title": "Law of the Republic of Kazakhstan dated February 11, 2009, No. 130-IV on ratification of the Optional Protocol to the ICCPR",
        "short_name": "Optional Protocol ratification law",
        "instrument_kind": "law",
        "jurisdiction": "Kazakhstan",
        "status": "in_force",
        "adopted_on": "2009-02-11",
        "url": "https://adilet.zan.kz/rus/docs/Z090000130_",
        "notes": "Opened the individual complaints procedure before the Human Rights Committee to people in Kazakhstan.",
        "tags": ["international-standards"],
    },
    {
        "key": "crc",
        "title": "Criminal Code of the Republic of Kazakhstan",
        "short_name": "CrCRK",
        "instrument_kind": "code",
        "jurisdiction": "Kazakhstan",
        "status": "in_force",
        "adopted_on": None,
        "url": "https://adilet.zan.kz/rus/docs/K1400000226",
        "notes": (
            "Retains criminal insult (Article 131), incitement of hatred (Article 174) and dissemination of "
            "deliberately false information, which the review identifies as the speech offences used against "
            "journalists, bloggers and activists. Slander (Article 130) was moved to the CoAO in 2020."
        ),
        "tags": ["criminal-defamation", "extremism-and-hate-speech", "false-information"],
    },
    {
        "key": "crkao",
        "title": "Code of the Republic of Kazakhstan “On Administrative Offenses”",
        "short_name": "CRKAO",
        "instrument_kind": "code",
        "jurisdiction": "Kazakhstan",
        "status": "in_force",
        "adopted_on": None,
        "url": "http://adilet.zan.kz/rus/docs/K1400000235",
        "notes": (
            "Holds administrative slander (Article 73-3, since June 2020), the planned false-information offence "
            "(Article 456-2), media registration fines (Article 451) and the foreign-funding reporting offences "
            "(Articles 460-1 and 460-2), plus the rules on administrative detention (Articles 787-788)."
        ),
        "tags": ["criminal-defamation", "foreign-agents", "media-regulation"],
    },
    {
        "key": "cc",
        "title": "Civil Code of the Republic of Kazakhstan",
        "short_name": "CiCRK",
        "instrument_kind": "code",
        "jurisdiction": "Kazakhstan",
        "status": "in_force",
        "adopted_on": None,
        "url": "",
        "notes": "Governs protection of business reputation and compensation of moral damage (Article 952(2)); the review gives no link to it.",
        "tags": ["criminal-defamation"],
    },
    {
        "key": "cpc",
        "title": "Civil Procedure Code of the Republic of Kazakhstan",
        "short_name": "CPCRK",
        "instrument_kind": "code",
        "jurisdiction": "Kazakhstan",
        "status": "in_force",
        "adopted_on": None,
        "url": "https://adilet.zan.kz/rus/docs/K1500000377",
        "notes": "Article 76(5) gives a final administrative-offence ruling binding effect in later civil proceedings.",
        "tags": ["criminal-defamation"],
    },
    {
        "key": "ec",
        "title": "Entrepreneurial Code of the Republic of Kazakhstan",
        "short_name": "EC RK",
        "instrument_kind": "code",
        "jurisdiction": "Kazakhstan",
        "status": "in_force",
        "adopted_on": None,
        "url": "https://adilet.zan.kz/rus/docs/K1500000375",
        "notes": "General framework for preventive control of businesses; the Law on Online Platforms departs from its compliance deadline.",
        "tags": ["online-platforms"],
    },
    {
        "key": "tc",
        "title": "Code of the Republic of Kazakhstan “On taxes and other obligatory payments to the budget”",
        "short_name": "TC RK",
        "instrument_kind": "code",
        "jurisdiction": "Kazakhstan",
        "status": "in_force",
        "adopted_on": None,
        "url": "https://adilet.zan.kz/rus/docs/K1700000120#z29",
        "notes": "Article 29 creates the reporting duty and public register for recipients of foreign funding, the legal basis for a 'foreign agents' regime.",
        "tags": ["foreign-agents"],
    },
    {
        "key": "mml-1999",
        "title": "Law of the Republic of Kazakhstan “On Mass Media”",
        "short_name": "Law “On MM”",
        "instrument_kind": "law",
        "jurisdiction": "Kazakhstan",
        "status": "in_force",
        "adopted_on": None,
        "url": "https://online.zakon.kz/Document/?doc_id=1013966&pos=5;-109#pos=5;-109",
        "notes": (
            "Adopted in July 1999 (exact day not given in the review); latest amendments as of 01.05.2023. "
            "The main law on media activity: registration and re-registration, licensing of broadcasters, "
            "suspension and termination of outlets, journalists' rights and a definition of censorship. "
            "A replacement bill was before the Mazhilis in 2023."
        ),
        "tags": ["media-regulation", "censorship"],
    },
    {
        "key": "draft-mml-2023",
        "title": "Draft Law of the Republic of Kazakhstan “On Mass Media” (June 2023)",
        "short_name": "Draft Law “On MM”",
        "instrument_kind": "draft_law",
        "jurisdiction": "Kazakhstan",
        "status": "draft",
        "adopted_on": None,
        "url": "https://www.parlam.kz/ru/mazhilis/post-item/36/16079",
        "notes": (
            "Under consideration in the Mazhilis; its description on the Parliament site is dated 06.06.2023 and it "
            "was developed over almost a year. Introduces 'information sovereignty', a new accreditation regime and "
            "press cards issued by a commission; criticised for vague terms and for separating journalists into "
            "privileged and unprivileged groups."
        ),
        "tags": ["draft-law", "media-regulation", "accreditation", "information-sovereignty"],
    },
    {
        "key": "opl-2023",
        "title": "Law of the Republic of Kazakhstan “On Online Platforms and Online Advertising”",
        "short_name": "Law on Online Platforms",
        "instrument_kind": "law",
        "jurisdiction": "Kazakhstan",
        "status": "in_force",
        "adopted_on": "2023-07-10",
        "url": "",
        "notes": (
            "Signed by the head of state on July 10, 2023; in force from September 10, 2023 (the review was written "
            "before that date). The review calls it a continuation of the Information Doctrine: it defines false "
            "information, influencers and online platforms, lists 'illegal content', requires large platforms to "
            "appoint a local representative and to cooperate with the authorities on content and user data. "
            "The review also refers to it as the Law “On Online Advertising”; it gives no link to the law."
        ),
        "tags": ["online-platforms", "false-information", "internet-blocking"],
    },
    {
        "key": "law-20-viii",
        "title": "Law of the Republic of Kazakhstan dated July 10, 2023, No. 20-VIII “On amendments and additions to the Code of the Republic of Kazakhstan on administrative offenses”",
        "short_name": "Law No. 20-VIII",
        "instrument_kind": "law",
        "jurisdiction": "Kazakhstan",
        "status": "not_in_force",
        "adopted_on": "2023-07-10",
        "url": "https://online.zakon.kz/Document/?doc_id=32070992&pos=1;-16#pos=1;-16",
        "notes": (
            "The amending act that adds Article 456-2 (false information) to the CRKAO. The review treats the "
            "addition as still to come and asks Parliament not to make it; status recorded as not yet in force at "
            "the time of the review, to be checked."
        ),
        "tags": ["false-information"],
    },
    {
        "key": "comm-law",
        "title": "Law of the Republic of Kazakhstan “On Communications”",
        "short_name": "Law “On Communications”",
        "instrument_kind": "law",
        "jurisdiction": "Kazakhstan",
        "status": "in_force",
        "adopted_on": None,
        "url": "",
        "notes": "Article 41-1 provides the out-of-court procedure for blocking networks, means of communication and Internet resources. The review gives no link.",
        "tags": ["internet-blocking", "extrajudicial-measures"],
    },
    {
        "key": "pd-law",
        "title": "Law of the Republic of Kazakhstan “On personal data and their protection”",
        "short_name": "Law “On Personal Data”",
        "instrument_kind": "law",
        "jurisdiction": "Kazakhstan",
        "status": "in_force",
        "adopted_on": None,
        "url": "https://adilet.zan.kz/rus/archive/docs/Z1300000094/19.04.2023",
        "notes": "Requires the data subject's consent to disseminate or publish personal data (Article 7); the tax-administration exception (Article 9, clause 9-1) covers collection, not publication.",
        "tags": ["privacy"],
    },
    {
        "key": "ai-law",
        "title": "Law of the Republic of Kazakhstan “On Access to Information”",
        "short_name": "Law “On Access to Information”",
        "instrument_kind": "law",
        "jurisdiction": "Kazakhstan",
        "status": "in_force",
        "adopted_on": None,
        "url": "https://online.zakon.kz/Document/?doc_id=39415981&pos=80;-5#pos=80;-5",
        "notes": (
            "Allows oral, written and electronic requests; the response period is 15 working days, extendable once "
            "to 30 days. Because the law is not given priority, its procedure is in practice mixed with the law on "
            "appeals from individuals and legal entities."
        ),
        "tags": ["access-to-information"],
    },
    {
        "key": "appeals-law",
        "title": "Law of the Republic of Kazakhstan “On the Procedure for Considering Appeals from Individuals and Legal Entities”",
        "short_name": "Law on appeals",
        "instrument_kind": "law",
        "jurisdiction": "Kazakhstan",
        "status": "in_force",
        "adopted_on": None,
        "url": "",
        "notes": "Mentioned by the review because officials apply its procedure to information requests in place of the access-to-information law.",
        "tags": ["access-to-information"],
    },
    {
        "key": "pa-law",
        "title": "Law of the Republic of Kazakhstan “On the procedure for organizing and holding peaceful assemblies in the Republic of Kazakhstan”",
        "short_name": "Law on Peaceful Assemblies",
        "instrument_kind": "law",
        "jurisdiction": "Kazakhstan",
        "status": "in_force",
        "adopted_on": None,
        "url": "https://adilet.zan.kz/rus/docs/Z2000000333",
        "notes": (
            "Adopted in May 2020 and presented as a move to notification of assemblies; the review reports that "
            "notification works as a request for permission and that akimats refuse most notifications. "
            "The review analyses no individual article."
        ),
        "tags": ["peaceful-assembly"],
    },
    {
        "key": "legal-acts-law",
        "title": "Law of the Republic of Kazakhstan “On legal acts”",
        "short_name": "Law “On legal acts”",
        "instrument_kind": "law",
        "jurisdiction": "Kazakhstan",
        "status": "in_force",
        "adopted_on": None,
        "url": "",
        "notes": "Cited for the place of a doctrine in the hierarchy of legal acts (Article 10(2)(6)).",
        "tags": [],
    },
    {
        "key": "info-doctrine",
        "title": "Information Doctrine of the Republic of Kazakhstan (approved by Decree of the President of the Republic of Kazakhstan No. 145 dated March 20, 2023)",
        "short_name": "Information Doctrine",
        "instrument_kind": "policy",
        "jurisdiction": "Kazakhstan",
        "status": "in_force",
        "adopted_on": "2023-03-20",
        "url": "",
        "notes": (
            "Not an act of direct legislative effect, but it signals the direction of future law-making. It praises "
            "media freedom and pluralism in general terms while portraying social networks as a main source of "
            "disinformation and calling for legislation on the 'transparency' of new media, platforms and "
            "influencers; it introduces undefined notions such as 'information sovereignty' and 'the main "
            "ideological vector'. The review links to a page about it at drfl.kz, not to the decree."
        ),
        "tags": ["information-sovereignty", "online-platforms", "censorship"],
    },
    {
        "key": "order-2018",
        "title": "Order of the Minister of Finance of the Republic of Kazakhstan dated February 20, 2018 “On approval of the Rules for maintaining a database on persons who received and spent money and (or) other property received from foreign states, international and foreign organizations, foreigners, stateless persons, as well as their inclusions and exclusions from the database”",
        "short_name": "Order",
        "instrument_kind": "bylaw",
        "jurisdiction": "Kazakhstan",
        "status": "in_force",
        "adopted_on": "2018-02-20",
        "url": "https://adilet.zan.kz/rus/docs/V1800016507",
        "notes": "Sets the rules for the database of foreign-funding recipients and (as amended in 2023) for publishing it as a Register on www.kgd.gov.kz.",
        "tags": ["foreign-agents", "privacy"],
    },
    {
        "key": "order-amendment-2023",
        "title": "Amendments to the Order of the Minister of Finance dated February 20, 2018 (registered with the Ministry of Justice on March 14, 2023, No. 32059)",
        "short_name": "2023 amendments to the Order",
        "instrument_kind": "bylaw",
        "jurisdiction": "Kazakhstan",
        "status": "in_force",
        "adopted_on": None,
        "url": "https://adilet.zan.kz/rus/docs/V2300032059#z11",
        "notes": "Registered on March 14, 2023 under No. 32059 and in force according to the review; rewrote paragraph 8 of the Order to provide for a published Register.",
        "tags": ["foreign-agents", "privacy"],
    },
]

# ---------------------------------------------------------------------------
# Provisions
# ---------------------------------------------------------------------------

PROVISIONS: list[dict] = [
    # --- Constitution -------------------------------------------------------
    {
        "key": "const-art-4-3",
        "instrument": "constitution",
        "unit": "Article 4(3)",
        "heading": "Application of ratified international treaties",
        "wording": "International treaties ratified by the Republic of Kazakhstan may be applied, including when people exercise freedom of speech and expression (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "The door through which the ICCPR and its Optional Protocol enter domestic practice.",
        "tags": ["international-standards"],
    },
    {
        "key": "const-art-5-1",
        "instrument": "constitution",
        "unit": "Article 5(1)",
        "heading": "Ideological diversity",
        "wording": "The Republic of Kazakhstan recognises ideological diversity (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "The review contrasts it with the Information Doctrine's call for a single 'main ideological vector'.",
        "tags": ["information-sovereignty"],
    },
    {
        "key": "const-art-18-1",
        "instrument": "constitution",
        "unit": "Article 18(1)",
        "heading": "Right to privacy",
        "wording": "Everyone has the right to inviolability of private life (paraphrase of the constitutional right to privacy).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "Invoked against publishing identification numbers of foreign-funding recipients in a public Register.",
        "tags": ["privacy", "foreign-agents"],
    },
    {
        "key": "const-art-20",
        "instrument": "constitution",
        "unit": "Article 20",
        "heading": "Freedom of speech; prohibition of censorship",
        "wording": "Freedom of speech and creative activity is guaranteed and censorship is prohibited (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": "zakon-constitution",
        "status": "in_force",
        "notes": "The review notes that, despite this guarantee, the authorities restrict speech by other means and encourage self-censorship.",
        "tags": ["freedom-of-expression", "censorship"],
    },
    {
        "key": "const-art-20-1",
        "instrument": "constitution",
        "unit": "Article 20(1)",
        "heading": "Freedom to receive and disseminate information",
        "wording": "Everyone may speak and create freely and may receive and spread information by any means that the law does not prohibit (paraphrase as read by the review).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": "zakon-constitution",
        "status": "in_force",
        "notes": "The qualifier 'in any way not prohibited by law' is, in the review's view, the loophole that lets ordinary statutes override the guarantee.",
        "tags": ["freedom-of-expression", "legal-certainty"],
    },
    # --- ICCPR, Optional Protocol, General Comment No. 34 ---------------------
    {
        "key": "iccpr-art-2-1",
        "instrument": "iccpr",
        "unit": "Article 2(1)",
        "heading": "Obligation to respect and ensure Covenant rights",
        "wording": "Each State Party undertakes to respect and ensure the Covenant's rights for everyone within its territory and subject to its jurisdiction (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "The review quotes this undertaking without naming the article; it binds Kazakhstan in legislation and in practice.",
        "tags": ["international-standards"],
    },
    {
        "key": "iccpr-art-19-1",
        "instrument": "iccpr",
        "unit": "Article 19(1)",
        "heading": "Freedom of opinion",
        "wording": "Everyone has the right to hold opinions without interference (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": "un-iccpr",
        "status": "in_force",
        "notes": "Under General Comment No. 34 this freedom is absolute, covers changing one's mind and the freedom not to express an opinion; coercion to hold or not hold opinions is prohibited.",
        "tags": ["international-standards", "freedom-of-expression"],
    },
    {
        "key": "iccpr-art-19-2",
        "instrument": "iccpr",
        "unit": "Article 19(2)",
        "heading": "Freedom of expression",
        "wording": "Everyone has the right to freedom of expression: to look for, obtain and pass on information and ideas of every kind, irrespective of borders, through any media (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": "un-iccpr",
        "status": "in_force",
        "notes": "Protects all forms (oral, written, sign language, images, art) and all means of expression, including audiovisual, electronic and Internet-based media.",
        "tags": ["international-standards", "freedom-of-expression", "online-platforms"],
    },
    {
        "key": "iccpr-art-19-3",
        "instrument": "iccpr",
        "unit": "Article 19(3)",
        "heading": "Permissible restrictions",
        "wording": "Restrictions are allowed only if provided by law and necessary (a) for respect of the rights or reputations of others or (b) for the protection of national security, public order, public health or morals (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": "un-iccpr",
        "status": "in_force",
        "notes": "The test against which the review measures Kazakh restrictions; no other grounds are admissible.",
        "tags": ["international-standards", "legal-certainty"],
    },
    {
        "key": "iccpr-art-28-1",
        "instrument": "iccpr",
        "unit": "Article 28(1)",
        "heading": "Establishment of the Human Rights Committee",
        "wording": "A Human Rights Committee of eighteen members is established (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": "un-iccpr",
        "status": "in_force",
        "notes": "The body that issues General Comments and decides individual communications.",
        "tags": ["international-standards"],
    },
    {
        "key": "op-art-1",
        "instrument": "iccpr-op",
        "unit": "Article 1",
        "heading": "Competence of the Committee to receive individual communications",
        "wording": "A State Party to the Covenant that becomes a Party to the present Protocol recognizes the competence of the Committee to receive and consider communications from individuals subject to its jurisdiction who claim to be victims of a violation by that State Party of any of the rights set forth in the Covenant.",
        "wording_is_quotation": True,
        "wording_language": "en",
        "wording_source": "un-iccpr-op",
        "status": "in_force",
        "notes": "English text as quoted in the review. Basis of the 27 Committee decisions on Kazakhstan under Article 19 (2014-2021).",
        "tags": ["international-standards"],
    },
    {
        "key": "gc34-para-4",
        "instrument": "gc34",
        "unit": "Paragraph 4",
        "heading": "Expression as a basis for other rights",
        "wording": "Freedom of expression is integral to the exercise of the freedoms of assembly and association and of the right to vote (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": "ohchr-gc34",
        "status": "in_force",
        "notes": "Used to link expression with peaceful assembly cases.",
        "tags": ["international-standards", "peaceful-assembly"],
    },
    {
        "key": "gc34-para-21",
        "instrument": "gc34",
        "unit": "Paragraph 21",
        "heading": "Restrictions must not jeopardise the right itself",
        "wording": "The State Party shall place restrictions on the exercise of the right to freedom of expression, these restrictions must not jeopardize the very principle of this right.",
        "wording_is_quotation": True,
        "wording_language": "en",
        "wording_source": "ohchr-gc34",
        "status": "in_force",
        "notes": "English text as quoted (in translation) in the review; the official English wording of the General Comment differs.",
        "tags": ["international-standards"],
    },
    {
        "key": "gc34-para-22",
        "instrument": "gc34",
        "unit": "Paragraph 22",
        "heading": "Conditions for restrictions: legality, legitimate aim, necessity and proportionality",
        "wording": "Restrictions may rest only on the grounds in Article 19(3)(a) and (b), must be provided by law and must strictly satisfy necessity and proportionality; they may be applied only for their stated purpose and must be directly related to it (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": "ohchr-gc34",
        "status": "in_force",
        "notes": "The three-part test the review applies to vague speech offences, blocking and platform duties.",
        "tags": ["international-standards", "legal-certainty"],
    },
    {
        "key": "gc34-para-47",
        "instrument": "gc34",
        "unit": "Paragraph 47",
        "heading": "Defamation: decriminalisation; no imprisonment",
        "wording": "States Parties should consider removing defamation as a crime, but in any case, criminal law should apply only to the most serious cases and deprivation of liberty should under no circumstances be considered appropriate punishment",
        "wording_is_quotation": True,
        "wording_language": "en",
        "wording_source": "ohchr-gc34",
        "status": "in_force",
        "notes": "English text as quoted in the review, which refers to concluding observations on Italy (CCPR/C/ITA/CO/5) and the former Yugoslav Republic of Macedonia (CCPR/C/MKD/CO/2). The review treats administrative arrest for slander as contrary to this guidance.",
        "tags": ["international-standards", "criminal-defamation"],
    },
    # --- Criminal Code ---------------------------------------------------------
    {
        "key": "crc-art-10-2",
        "instrument": "crc",
        "unit": "Article 10(2)",
        "heading": "Definition of a crime",
        "wording": "A crime is a culpable socially dangerous act or omission prohibited by the Code on pain of a fine, correctional labour, community service, restriction of freedom or imprisonment (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "Shows how wide the class of 'any crime' is that would bar a journalist from a press card.",
        "tags": ["accreditation"],
    },
    {
        "key": "crc-art-79",
        "instrument": "crc",
        "unit": "Article 79",
        "heading": "Criminal record",
        "wording": "A person counts as convicted from the day the conviction becomes final until the record is expunged or removed (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": "adilet-criminal-code",
        "status": "in_force",
        "notes": "Records also arise for suspended sentences and penalties milder than imprisonment.",
        "tags": ["accreditation"],
    },
    {
        "key": "crc-art-130",
        "instrument": "crc",
        "unit": "Article 130",
        "heading": "Slander",
        "wording": "Former criminal offence of slander (the review gives no wording).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "repealed",
        "notes": "Its 'decriminalisation' was announced by the President in 2019; in June 2020 slander became Article 73-3 of the CoAO.",
        "tags": ["criminal-defamation"],
    },
    {
        "key": "crc-art-131",
        "instrument": "crc",
        "unit": "Article 131",
        "heading": "Insult",
        "wording": "Criminal offence of insult, punishable by significant fines, community work, restriction of freedom or imprisonment (summary of the sanctions described in the review).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "According to the legal statistics portal it had not been applied even once as of August 2023; recommendation 1 asks for it to be decriminalised.",
        "tags": ["criminal-defamation"],
    },
    {
        "key": "crc-art-158-2",
        "instrument": "crc",
        "unit": "Article 158(2)",
        "heading": "Obstruction of a journalist's lawful professional activity by an official",
        "wording": "Criminal liability for obstructing the legitimate professional activity of a journalist through use of official position (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "The review sees signs of this offence in the police treatment of the Vlast.kz correspondent detained in Astana on 1 May.",
        "tags": ["journalists-safety"],
    },
    {
        "key": "crc-art-174",
        "instrument": "crc",
        "unit": "Article 174",
        "heading": "Inciting social, national, tribal, racial, class or religious hatred",
        "wording": "Criminal offence of inciting social, national, tribal, racial, class or religious hatred, punishable by fines, community work, restriction of freedom or imprisonment (summary).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "45 cases initiated, 11 completed, as of August 2023; criticised by the UN Special Rapporteur on freedom of assembly and association.",
        "tags": ["extremism-and-hate-speech", "legal-certainty"],
    },
    {
        "key": "crc-art-274",
        "instrument": "crc",
        "unit": "Article 274",
        "heading": "Dissemination of deliberately false information",
        "wording": "Criminal offence of disseminating deliberately false information (the review names the offence but gives no wording).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "The review refers to this offence by its title only; the article number is added here. In 2022, 7 cases were opened under it.",
        "tags": ["false-information"],
    },
    # --- Code on Administrative Offences -----------------------------------------
    {
        "key": "coao-art-64-1",
        "instrument": "crkao",
        "unit": "Article 64(1)",
        "heading": "Cases initiated only on the victim's complaint",
        "wording": "Proceedings for certain offences, including slander under Article 73-3, are opened only on the complaint of the victim (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "The safeguard that the new false-information offence (Article 456-2) lacks.",
        "tags": ["criminal-defamation", "false-information"],
    },
    {
        "key": "coao-art-73-3",
        "instrument": "crkao",
        "unit": "Article 73-3",
        "heading": "Slander",
        "wording": "Administrative offence of slander, punishable by fines from 160 to 750 MCI and more, or administrative arrest for 20 to 30 days (summary of the sanctions described in the review).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": "adilet-coao",
        "status": "in_force",
        "notes": "Added in June 2020 when slander left the Criminal Code. At the 2023 MCI of 3,450 tenge the fines range from 552,000 to 2,587,500 tenge. 323 cases were registered as of August 2023.",
        "tags": ["criminal-defamation", "self-censorship"],
    },
    {
        "key": "coao-art-451-1",
        "instrument": "crkao",
        "unit": "Article 451, part 1",
        "heading": "Producing media output after suspension, termination or invalidation of registration",
        "wording": "Fines of 10 MCI for officials, 20 for small, 50 for medium and 300 for large businesses, with confiscation of the output, for releasing a media outlet that has been suspended, terminated or whose registration certificate is invalid (summary).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": "zakon-coao",
        "status": "in_force",
        "notes": "Cited by the review as 'Chapter 26, Article 451-1'.",
        "tags": ["media-regulation"],
    },
    {
        "key": "coao-art-451-2-3",
        "instrument": "crkao",
        "unit": "Article 451, parts 2-3",
        "heading": "Failure to re-register a media outlet",
        "wording": "Fines of 40 MCI for officials, 100 for small, 200 for medium and 1,000 for large businesses, with suspension of the outlet for up to three months, for not re-registering after a change of owner, legal form, name, language, distribution territory, thematic focus or frequency; a repeat within a year leads to a ban on the outlet (summary).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": "zakon-coao",
        "status": "in_force",
        "notes": "Cited by the review as 'Chapter 26, Article 451-2,3'. The review warns that a minor technical error can end an outlet.",
        "tags": ["media-regulation"],
    },
    {
        "key": "coao-art-456-2",
        "instrument": "crkao",
        "unit": "Article 456-2",
        "heading": "Placement, dissemination of false information",
        "wording": "Administrative liability for placing or spreading false information in the media, on an online platform, through individual accounts or by bloggers (influencers) (paraphrase of the planned article).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": "zakon-law-20-viii",
        "status": "proposed",
        "notes": "Added by Law No. 20-VIII of July 10, 2023. Protocols are to be drawn up by the internal affairs bodies and a prosecutor may open proceedings on his own initiative; individuals may also go to court. Recommendation 2 asks Parliament not to add it.",
        "tags": ["false-information", "online-platforms"],
    },
    {
        "key": "coao-art-460-1",
        "instrument": "crkao",
        "unit": "Article 460-1",
        "heading": "Breach of the procedure for reporting receipt or spending of foreign money or property",
        "wording": "Fines between 50 and 1,000 MCI, depending on the circumstances, and a possible ban on the activity of legal entities, for breaching the rules on reporting foreign funds or other property and their spending (summary).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": "adilet-coao-art460-1",
        "status": "in_force",
        "notes": "In 2023 terms: 172,500 to 3,450,000 tenge.",
        "tags": ["foreign-agents"],
    },
    {
        "key": "coao-art-460-2",
        "instrument": "crkao",
        "unit": "Article 460-2",
        "heading": "Breach of the procedure for publishing materials by recipients of foreign funding",
        "wording": "A warning or a fine of 25 MCI, depending on the circumstances, for recipients of foreign money or property who breach the rules on publishing, distributing or posting materials (summary).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": "adilet-coao",
        "status": "in_force",
        "notes": "In 2023 terms the fine is 86,250 tenge.",
        "tags": ["foreign-agents"],
    },
    {
        "key": "coao-art-787",
        "instrument": "crkao",
        "unit": "Article 787",
        "heading": "Administrative detention",
        "wording": "Administrative detention is a short restriction of personal liberty to prevent an offence or to secure the proceedings (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "Applied in the review to the detention of a journalist who lawfully attended the site of an expected rally.",
        "tags": ["journalists-safety", "peaceful-assembly"],
    },
    {
        "key": "coao-art-788",
        "instrument": "crkao",
        "unit": "Article 788",
        "heading": "Record of administrative detention; rights of the detainee",
        "wording": "A detention record is drawn up and handed to the detainee; on request relatives or the employer or school are told at once where the person is; rights and duties must be explained and noted in the record, and failure to do so is a material breach of procedure that entails liability (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": "adilsoz-beyimbet-detention",
        "status": "in_force",
        "notes": "The review relies on Adil Soz's reading of this article.",
        "tags": ["journalists-safety"],
    },
    # --- Civil law -------------------------------------------------------------
    {
        "key": "cc-art-952-2",
        "instrument": "cc",
        "unit": "Article 952(2)",
        "heading": "Compensation of moral damage in money",
        "wording": "Moral damage is compensated in money; the court sets the amount on the basis of its own assessment and objective data (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "Adds civil damages on top of the administrative penalty for slander.",
        "tags": ["criminal-defamation"],
    },
    {
        "key": "cpc-art-76-5",
        "instrument": "cpc",
        "unit": "Article 76(5)",
        "heading": "Binding effect of a final ruling in an administrative offence case",
        "wording": "Once a court ruling in an administrative offence case is final, the commission of the offence need not be proved again in a civil case on its consequences (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": "adilet-civil-procedure-code",
        "status": "in_force",
        "notes": "A claimant suing for moral damage after a slander conviction does not have to prove the slander.",
        "tags": ["criminal-defamation"],
    },
    {
        "key": "ec-art-124-10-8",
        "instrument": "ec",
        "unit": "Article 124-10(8)",
        "heading": "Deadline for complying with a preventive-control recommendation",
        "wording": "A recommendation to remedy violations found by preventive control must be complied with within ten working days from the day after it is delivered (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": "adilet-entrepreneurial-code",
        "status": "in_force",
        "notes": "The review (which calls the code 'RK PC' at this point) uses it as the benchmark for the Law on Online Platforms.",
        "tags": ["online-platforms"],
    },
    # --- Tax Code -------------------------------------------------------------
    {
        "key": "tc-art-29",
        "instrument": "tc",
        "unit": "Article 29",
        "heading": "Responsibilities of a person and (or) structural divisions of a legal entity when receiving, spending money and (or) other property from foreign states, international and foreign organizations, foreigners, stateless persons in certain cases",
        "wording": "Responsibilities of a person and (or) structural divisions of a legal entity when receiving, spending money and (or) other property from foreign states, international and foreign organizations, foreigners, stateless persons in certain cases.",
        "wording_is_quotation": True,
        "wording_language": "en",
        "wording_source": "adilet-tax-code-art29",
        "status": "in_force",
        "notes": "Title of the article as quoted in the review; the basis of the foreign-funding ('foreign agents') regime.",
        "tags": ["foreign-agents"],
    },
    {
        "key": "tc-art-29-1",
        "instrument": "tc",
        "unit": "Article 29(1)",
        "heading": "Duty to notify and report on foreign funding",
        "wording": "Persons receiving money or property from foreign states, international and foreign organisations, foreigners or stateless persons for legal assistance (including legal information, defence, representation and advice) or for studying, conducting and publishing opinion polls and sociological surveys (other than commercial ones) must notify the tax authority and report on receipt and spending in the form, order and time set by the authorised body (paraphrase of sub-paragraphs 1 and 2).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": "adilet-tax-code-art29",
        "status": "in_force",
        "notes": "The review's rendering of the exception for commercial activity is garbled; check the original text.",
        "tags": ["foreign-agents"],
    },
    {
        "key": "tc-art-29-3",
        "instrument": "tc",
        "unit": "Article 29(3)",
        "heading": "Public register of recipients of foreign funding",
        "wording": "The tax authority compiles a register of individuals and legal entities receiving foreign funding and publishes it on its Internet resource (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": "adilet-tax-code-art29",
        "status": "in_force",
        "notes": "Together with the Order, the legal basis for publishing identifying data of recipients.",
        "tags": ["foreign-agents", "privacy"],
    },
    # --- Law on Mass Media (1999) ----------------------------------------------
    {
        "key": "mml-art-1-18",
        "instrument": "mml-1999",
        "unit": "Article 1(18)",
        "heading": "Definition of censorship",
        "wording": "preliminary approval of messages and materials by the media with government bodies, officials and other organizations at their request or for other reasons for the purpose of restricting or banning for the distribution of messages and materials or their individual parts.",
        "wording_is_quotation": True,
        "wording_language": "en",
        "wording_source": "zakon-mass-media-law",
        "status": "in_force",
        "notes": "English text as quoted in the review. The definition covers only approval before publication, leaving demands to change material already published outside it; the review proposes a broader definition.",
        "tags": ["censorship", "media-regulation"],
    },
    {
        "key": "mml-art-4-1",
        "instrument": "mml-1999",
        "unit": "Article 4-1",
        "heading": "Licensing of TV and radio",
        "wording": "Television and radio outlets are subject to mandatory licensing (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "",
        "tags": ["media-regulation"],
    },
    {
        "key": "mml-art-10",
        "instrument": "mml-1999",
        "unit": "Article 10",
        "heading": "Registration and re-registration of media",
        "wording": "Media outlets must register and must re-register on changes such as name, address, distribution area or frequency of publication (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "The review cites Articles 5 and 10 together for the registration duty.",
        "tags": ["media-regulation"],
    },
    {
        "key": "mml-art-13",
        "instrument": "mml-1999",
        "unit": "Article 13",
        "heading": "Suspension and termination of a media outlet",
        "wording": "By decision of the owner or a court an outlet may be suspended for up to three months or terminated, on grounds including propaganda or agitation for violent change of the constitutional order, violation of the integrity of the Republic, undermining state security, war, propaganda of extremism or terrorism, material aimed at inciting interethnic or interfaith hatred, and failure to remove the reasons for a suspension in time; for an Internet outlet suspension bars use of the same or a similar domain name for up to three months and termination cancels the domain registration and bars a similar name for a year (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": "zakon-mass-media-law",
        "status": "in_force",
        "notes": "The review refers to paragraphs 4, 5 and 7 of the article. Ignoring a suspension can cost the outlet its registration certificate.",
        "tags": ["media-regulation", "internet-blocking"],
    },
    {
        "key": "mml-art-20",
        "instrument": "mml-1999",
        "unit": "Article 20",
        "heading": "Journalist's right to attend assemblies",
        "wording": "A journalist may attend peaceful assemblies and other forms of expressing public, group or personal interests on presenting a press ID and a distinctive badge, and may record them, including with audio-visual equipment (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "Makes the presence of the Vlast.kz correspondent at the site of the expected rally lawful.",
        "tags": ["journalists-safety", "peaceful-assembly"],
    },
    # --- Draft Law on Mass Media (June 2023) -----------------------------------
    {
        "key": "dml-art-1-1",
        "instrument": "draft-mml-2023",
        "unit": "Article 1(1)",
        "heading": "Definition of accreditation",
        "wording": "Accreditation is the procedure by which a state body, public association or organisation appoints a journalist and recognises his or her powers (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "draft",
        "notes": "",
        "tags": ["draft-law", "accreditation"],
    },
    {
        "key": "dml-art-1-4",
        "instrument": "draft-mml-2023",
        "unit": "Article 1(4)",
        "heading": "Definition of information sovereignty",
        "wording": "Information sovereignty means the independence of Kazakhstan's information space, which determines citizens' socio-political independence in shaping the information agenda (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "draft",
        "notes": "What 'socio-political independence of citizens' means is left open; the term carries over from the Information Doctrine.",
        "tags": ["draft-law", "information-sovereignty", "legal-certainty"],
    },
    {
        "key": "dml-art-1-5",
        "instrument": "draft-mml-2023",
        "unit": "Article 1(5)",
        "heading": "Definition of press card",
        "wording": "A press card is a paper and (or) electronic document confirming a journalist's special status, giving the right to simplified accreditation and the other rights in the law (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "draft",
        "notes": "",
        "tags": ["draft-law", "accreditation"],
    },
    {
        "key": "dml-art-1-21",
        "instrument": "draft-mml-2023",
        "unit": "Article 1(21)",
        "heading": "Definition of journalist (media representative)",
        "wording": "A journalist is an individual who collects, processes and prepares messages and materials for a media outlet under an employment or other contract with its editorial office (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "draft",
        "notes": "Ties journalist status to a contract with an editorial office, leaving freelancers and bloggers outside.",
        "tags": ["draft-law", "accreditation"],
    },
    {
        "key": "dml-art-1-30",
        "instrument": "draft-mml-2023",
        "unit": "Article 1(30)",
        "heading": "Ensuring information sovereignty",
        "wording": "Information sovereignty is to be ensured, strengthened and protected (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "draft",
        "notes": "",
        "tags": ["draft-law", "information-sovereignty"],
    },
    {
        "key": "dml-art-1-59",
        "instrument": "draft-mml-2023",
        "unit": "Article 1(59)",
        "heading": "Definition of censorship",
        "wording": "Censorship means advance approval of media messages and materials by state bodies, officials or other organisations, on their own request or for other reasons, so as to restrict or ban their distribution wholly or partly (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "draft",
        "notes": "The review cites 'Paragraph 59, Article' without the article number; Article 1 (definitions) is assumed. The draft mentions censorship nowhere else except the ban in Article 2(1).",
        "tags": ["draft-law", "censorship"],
    },
    {
        "key": "dml-art-2-1",
        "instrument": "draft-mml-2023",
        "unit": "Article 2(1)",
        "heading": "Prohibition of censorship",
        "wording": "Censorship is prohibited (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "draft",
        "notes": "",
        "tags": ["draft-law", "censorship"],
    },
    {
        "key": "dml-art-26-2",
        "instrument": "draft-mml-2023",
        "unit": "Article 26(2)",
        "heading": "Rights of accredited journalists",
        "wording": "State bodies must notify accredited journalists in advance of meetings, councils and other events and give them transcripts, minutes and other documents; accredited journalists may attend events held by the body that accredited them (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "draft",
        "notes": "Privileges reserved to accredited journalists.",
        "tags": ["draft-law", "accreditation", "access-to-information"],
    },
    {
        "key": "dml-art-26-4",
        "instrument": "draft-mml-2023",
        "unit": "Article 26(4)",
        "heading": "Withdrawal of accreditation",
        "wording": "Accreditation may be withdrawn for breaching the accreditation rules or for spreading untrue information that discredits the business reputation of the accrediting state body (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "draft",
        "notes": "Lets the offended state body decide, without any court ruling, that information was untrue and damaging.",
        "tags": ["draft-law", "accreditation", "extrajudicial-measures"],
    },
    {
        "key": "dml-art-29",
        "instrument": "draft-mml-2023",
        "unit": "Article 29",
        "heading": "Press cards and the press-card commission",
        "wording": "Press cards are issued by a commission for issuing press cards to journalists, made up of representatives of non-profit organisations, the media and other interested parties (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "draft",
        "notes": "",
        "tags": ["draft-law", "accreditation"],
    },
    {
        "key": "dml-art-29-4",
        "instrument": "draft-mml-2023",
        "unit": "Article 29(4)",
        "heading": "Requirements for a press card",
        "wording": "An applicant needs at least 3 years of media experience with a higher-education diploma in a relevant or related field, or at least 5 years of media experience without one, and an employment or other contract with a media outlet registered with the authorised body (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "draft",
        "notes": "",
        "tags": ["draft-law", "accreditation"],
    },
    {
        "key": "dml-art-29-5",
        "instrument": "draft-mml-2023",
        "unit": "Article 29(5)",
        "heading": "Refusal and withdrawal of a press card",
        "wording": "A press card may be refused or withdrawn for not submitting the documents required by the authorised body's procedure, an outstanding or unexpunged conviction, not meeting the requirements, being found guilty of a crime, not complying with the employment contract, or breaching the requirements of the law (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "draft",
        "notes": "The review cites paragraphs 4 and 5 of Article 29 for these grounds.",
        "tags": ["draft-law", "accreditation", "legal-certainty"],
    },
    {
        "key": "dml-art-32-1",
        "instrument": "draft-mml-2023",
        "unit": "Article 32(1)",
        "heading": "State grants to protect information sovereignty",
        "wording": "The state allocates grants from the republican budget to ensure, strengthen and protect information sovereignty by creating and spreading information that “satisfies the interests of the state and society” (paraphrase; the quoted phrase is the draft's).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "draft",
        "notes": "Neither the interests to be satisfied nor the way they align is defined.",
        "tags": ["draft-law", "information-sovereignty"],
    },
    # --- Law on Online Platforms and Online Advertising -------------------------
    {
        "key": "opl-art-1-3",
        "instrument": "opl-2023",
        "unit": "Article 1(3)",
        "heading": "Definition of false information",
        "wording": "False information is information, in any recorded form, that does not match reality or substantially distorts facts and so creates a false impression of persons, objects, events, phenomena or processes (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "Key to Article 15 and to the new CoAO Article 456-2.",
        "tags": ["online-platforms", "false-information"],
    },
    {
        "key": "opl-art-1-6",
        "instrument": "opl-2023",
        "unit": "Article 1(6)",
        "heading": "Definition of influencer (blogger)",
        "wording": "An influencer (blogger) is a platform user who publishes information addressed to an unlimited circle of people for business purposes (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "The law also defines account (Article 1(1)), owner of the platform (Article 1(12)) and user (Article 1(14)).",
        "tags": ["online-platforms"],
    },
    {
        "key": "opl-art-1-10",
        "instrument": "opl-2023",
        "unit": "Article 1(10)",
        "heading": "Definition of online platform",
        "wording": "An online platform is an Internet resource, software or instant messaging service used to receive, produce, place, distribute or store content through a user's account or a public community, excluding services meant for financial services and e-commerce (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "",
        "tags": ["online-platforms"],
    },
    {
        "key": "opl-art-6-2",
        "instrument": "opl-2023",
        "unit": "Article 6(2)",
        "heading": "Preventive control without visits",
        "wording": "The authorised body oversees compliance through preventive control without visiting the controlled entity, under the Entrepreneurial Code and this law (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "The review cites this as the Law “On Online advertising”. The object of control is the activity of platforms; its subjects are moderators of public communities.",
        "tags": ["online-platforms"],
    },
    {
        "key": "opl-art-6-7",
        "instrument": "opl-2023",
        "unit": "Article 6(7)",
        "heading": "Three-day deadline to comply with a recommendation",
        "wording": "A recommendation to remedy violations found by preventive control must be complied with within three business days from the day after delivery (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "Inconsistent with the ten working days of Entrepreneurial Code Article 124-10(8).",
        "tags": ["online-platforms"],
    },
    {
        "key": "opl-art-9-1",
        "instrument": "opl-2023",
        "unit": "Article 9(1)",
        "heading": "Legal representative of large platforms ('landing')",
        "wording": "A platform used by more than 100,000 Kazakhstani users per day over a month must appoint a legal representative to deal with the authorised body (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "",
        "tags": ["online-platforms"],
    },
    {
        "key": "opl-art-9-4-1",
        "instrument": "opl-2023",
        "unit": "Article 9(4)(1)",
        "heading": "Duty to counter illegal content",
        "wording": "Platform owners or their representatives must take measures against the spread of illegal content (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "",
        "tags": ["online-platforms"],
    },
    {
        "key": "opl-art-9-4-6",
        "instrument": "opl-2023",
        "unit": "Article 9(4)(6)",
        "heading": "Reporting measures against illegal content",
        "wording": "Platform owners or their representatives must inform the authorised body of the measures they take against illegal content (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "",
        "tags": ["online-platforms"],
    },
    {
        "key": "opl-art-9-4-9",
        "instrument": "opl-2023",
        "unit": "Article 9(4)(9)",
        "heading": "Disclosure of user information to the authorities",
        "wording": "Platform owners or their representatives must provide information about users requested by the authorised body on the basis of court acts or requests of law-enforcement or special state bodies (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "No criteria, grounds or scope are set for such requests, while users must give personal data on registration.",
        "tags": ["online-platforms", "privacy"],
    },
    {
        "key": "opl-art-9-4-10",
        "instrument": "opl-2023",
        "unit": "Article 9(4)(10)",
        "heading": "Suspension of accounts spreading illegal content",
        "wording": "Platform owners or their representatives must suspend, within Kazakhstan, accounts that place and spread illegal content, including on a request or order of the authorised body (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "",
        "tags": ["online-platforms", "internet-blocking"],
    },
    {
        "key": "opl-art-14-1",
        "instrument": "opl-2023",
        "unit": "Article 14(1)",
        "heading": "List of illegal content",
        "wording": "Illegal content includes calls for or propaganda of violent change of the constitutional order, acts against territorial integrity, undermining state security, war, social, racial, national, religious, class or clan superiority, the cult of cruelty and violence, suicide, pornography, drugs and their analogues and precursors, separatism, fraud, disruption of interethnic and interfaith harmony, statements questioning the statehood and territorial integrity of Kazakhstan, disclosure of state or other protected secrets, and any other information prohibited by law (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "The 'statehood' ground and the catch-all clause are the review's main concerns.",
        "tags": ["online-platforms", "legal-certainty", "extremism-and-hate-speech"],
    },
    {
        "key": "opl-art-15",
        "instrument": "opl-2023",
        "unit": "Article 15",
        "heading": "Removal of false information on request",
        "wording": "A person about whom false information has been spread may ask the platform owner to remove it and, if refused, may go to court (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "Combined with CoAO Article 456-2 the review fears a new tool against media and bloggers.",
        "tags": ["online-platforms", "false-information"],
    },
    {
        "key": "opl-art-16-2",
        "instrument": "opl-2023",
        "unit": "Article 16(2)(5)-(6)",
        "heading": "Users' duties regarding illegal content",
        "wording": "Users must not publish or spread illegal content and must delete it at once if they have published it (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "Preventing illegal content is also listed among the goals of the law.",
        "tags": ["online-platforms"],
    },
    # --- Other laws ---------------------------------------------------------------
    {
        "key": "comm-art-41-1",
        "instrument": "comm-law",
        "unit": "Article 41-1",
        "heading": "Out-of-court suspension (blocking) of networks, means of communication and Internet resources",
        "wording": "On a request or order of the prosecutor's office, the national security committee or the authorised body for mass media, the operation of networks, means of communication and Internet resources may be suspended without a court decision; illegal content is suspended or removed under this procedure (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "8,361 Internet resources had been restricted out of court as of August 2023.",
        "tags": ["internet-blocking", "extrajudicial-measures"],
    },
    {
        "key": "pd-art-7",
        "instrument": "pd-law",
        "unit": "Article 7",
        "heading": "Consent to dissemination and publication of personal data",
        "wording": "Personal data may be disseminated and published only with the consent of the data subject (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": "adilet-personal-data-law",
        "status": "in_force",
        "notes": "",
        "tags": ["privacy"],
    },
    {
        "key": "pd-art-9-9-1",
        "instrument": "pd-law",
        "unit": "Article 9, clause 9-1",
        "heading": "Collection without consent for tax (customs) administration",
        "wording": "receipt by state revenue bodies for tax (customs) administration and (or) control of information from individuals and legal entities in accordance with the laws of the Republic of Kazakhstan",
        "wording_is_quotation": True,
        "wording_language": "en",
        "wording_source": "adilet-personal-data-law",
        "status": "in_force",
        "notes": "English text as quoted in the review. Allows collection and processing without consent, but not publication.",
        "tags": ["privacy", "foreign-agents"],
    },
    {
        "key": "ai-art-5",
        "instrument": "ai-law",
        "unit": "Article 5",
        "heading": "Limits on the right of access to information",
        "wording": "The right to access information may be limited only by laws and only to the extent necessary to protect the constitutional order, public order, human rights and freedoms, health and morality of the population",
        "wording_is_quotation": True,
        "wording_language": "en",
        "wording_source": "zakon-access-info-art5",
        "status": "in_force",
        "notes": "English text as quoted in the review.",
        "tags": ["access-to-information"],
    },
    {
        "key": "ai-art-9-2",
        "instrument": "ai-law",
        "unit": "Article 9(2)",
        "heading": "Duties of information owners",
        "wording": "Owners of information must give access to it and must provide reliable and complete information (paraphrase).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": "zakon-access-info-art9",
        "status": "in_force",
        "notes": "Routinely breached by late, partial, off-topic or missing answers.",
        "tags": ["access-to-information"],
    },
    {
        "key": "doctrine-concepts",
        "instrument": "info-doctrine",
        "unit": "Key concepts (no article cited)",
        "heading": "Information sovereignty, main ideological vector, destructive content, false narratives",
        "wording": "The Doctrine uses, without defining them, the notions of true information security, ideological sovereignty, the main ideological vector, destructive, manipulative and inaccurate content, and false narratives; it calls for legislation on the transparency of new media actors (platforms, social networks, influencers) (summary).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": "drfl-information-doctrine",
        "status": "in_force",
        "notes": "The review cites no article numbers of the Doctrine. None of these terms exists in current Kazakh legislation.",
        "tags": ["information-sovereignty", "legal-certainty", "online-platforms"],
    },
    {
        "key": "order-para-8",
        "instrument": "order-2018",
        "unit": "Paragraph 8",
        "heading": "Publication of the Register of foreign-funding recipients",
        "wording": "The information contained in the database is placed in the form “Register of persons receiving money and (or) other property from foreign states, international and foreign organizations, foreigners, stateless persons subject to publication” (hereinafter referred to as the Register), according to the appendix to these Rules, based on the results of the six months no later than the 20th day following the reporting month on the Internet resource of the authorized body at the address: www.kgd.gov.kz.",
        "wording_is_quotation": True,
        "wording_language": "en",
        "wording_source": "adilet-order-amendments-2023",
        "status": "in_force",
        "notes": "Wording as amended in 2023 (registered March 14, 2023, No. 32059), English as quoted in the review. The original paragraph 8 already provided for posting the data on www.kgd.gov.kz.",
        "tags": ["foreign-agents", "privacy"],
    },
    {
        "key": "order-appendix",
        "instrument": "order-2018",
        "unit": "Appendix (Register form)",
        "heading": "Form of the Register",
        "wording": "Columns: No.; BIN/IIN; Name (summary of the form shown in the review).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": "adilet-order-amendments-2023",
        "status": "in_force",
        "notes": "Publishing the individual identification number (IIN), which is restricted personal data, is the privacy problem.",
        "tags": ["foreign-agents", "privacy"],
    },
    {
        "key": "lla-art-10-2-6",
        "instrument": "legal-acts-law",
        "unit": "Article 10(2)(6)",
        "heading": "Doctrines in the hierarchy of legal acts",
        "wording": "Lists doctrines among documents that are not acts of direct legislative effect (paraphrase of the review's reading).",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": "Cited to show that the Information Doctrine, though not binding law, guides future legislation.",
        "tags": ["information-sovereignty"],
    },
    {
        "key": "pa-notification",
        "instrument": "pa-law",
        "unit": "Notification procedure",
        "heading": "Notifying the local executive body (akimat) of a peaceful assembly",
        "wording": "",
        "wording_is_quotation": False,
        "wording_language": "en",
        "wording_source": None,
        "status": "in_force",
        "notes": (
            "The review criticises the law's notification regime as a whole and cites no "
            "article number; this record stands for that regime."
        ),
        "tags": ["peaceful-assembly"],
    },
]

# ---------------------------------------------------------------------------
# Evidence
# ---------------------------------------------------------------------------

EVIDENCE: list[dict] = [
    # --- Rankings: RSF ---------------------------------------------------------
    {
        "key": "ev-rsf-2023-rank",
        "title": "RSF World Press Freedom Index 2023: Kazakhstan 134th of 180",
        "evidence_kind": "ranking",
        "summary": "Kazakhstan fell to 134th place out of 180 countries and territories in the 2023 index, down 12 places from 2022; RSF classes its situation as difficult.",
        "value": "134/180",
        "observed_on": "2023-05-03",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "rsf-2023",
        "tags": ["rankings", "freedom-of-expression"],
    },
    {
        "key": "ev-rsf-2022-rank",
        "title": "RSF World Press Freedom Index 2022: Kazakhstan 122nd of 180",
        "evidence_kind": "ranking",
        "summary": "The previous year's position, used as the baseline for the 2023 fall.",
        "value": "122/180",
        "observed_on": "2022-01-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "rsf-2023",
        "tags": ["rankings"],
    },
    {
        "key": "ev-rsf-2023-global",
        "title": "RSF 2023: global distribution of press-freedom situations",
        "evidence_kind": "ranking",
        "summary": "Of 180 countries and territories, 31 were rated very serious, 42 difficult, 55 problematic and 52 good or satisfactory; journalism conditions are poor in seven countries out of ten.",
        "value": "31 / 42 / 55 / 52",
        "observed_on": "2023-05-03",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "rsf-2023",
        "tags": ["rankings"],
    },
    {
        "key": "ev-rsf-2023-internet-control",
        "title": "RSF on Kazakhstan: online news improves while Internet control tightens",
        "evidence_kind": "expert_statement",
        "summary": "RSF observes that repression is being modernised and Internet control tightened just as online outlets become the one space where independent journalism can speak.",
        "value": "",
        "observed_on": "2023-05-03",
        "quotation": "While the quality of online news is improving, repression is being modernized, control of the Internet is tightening",
        "locator": "",
        "confidentiality": "public",
        "source": "rsf-2023",
        "tags": ["rankings", "internet-blocking"],
    },
    {
        "key": "ev-rsf-economic-context",
        "title": "RSF economic indicator: state money follows loyalty",
        "evidence_kind": "report",
        "summary": "State support for outlets depends on how well they promote the official agenda; independent media without subsidies live on advertising and must compete with pro-government media able to undercut advertising prices.",
        "value": "",
        "observed_on": "2023-01-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "rsf-2023",
        "tags": ["media-regulation", "information-sovereignty"],
    },
    {
        "key": "ev-rsf-2023-persecuted",
        "title": "RSF: two media workers persecuted for their work since the start of 2023",
        "evidence_kind": "monitoring",
        "summary": "RSF records two people persecuted in 2023 for journalism in Kazakhstan: editor Mikhail Kozachkov and editor-in-chief Amangeldy Batyrbekov.",
        "value": "2",
        "observed_on": "2023-01-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "rsf-2023",
        "tags": ["journalists-safety", "monitoring-data"],
    },
    {
        "key": "ev-kozachkov-case",
        "title": "Editor Mikhail Kozachkov: house arrest, then suspended sentence",
        "evidence_kind": "case",
        "summary": "Editor Mikhail Kozachkov was detained and kept under house arrest from February 18, 2023; he later received a three-year suspended sentence.",
        "value": "",
        "observed_on": "2023-02-18",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "rsf-2023",
        "tags": ["journalists-safety"],
    },
    # --- Rankings: Freedom House (no address given in the review) ---------------
    {
        "key": "ev-fh-2023-total",
        "title": "Freedom House 2023: Kazakhstan 'not free', 23/100",
        "evidence_kind": "ranking",
        "summary": "Freedom House rates Kazakhstan not free with an aggregate score of 23 out of 100 for 2023. Reported in the review, whose Freedom House link has no address.",
        "value": "23/100",
        "observed_on": "2023-01-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "wol-iwpr-2023",
        "tags": ["rankings"],
    },
    {
        "key": "ev-fh-2023-political-rights",
        "title": "Freedom House 2023: political rights 5/40",
        "evidence_kind": "ranking",
        "summary": "Political rights scored 5 of 40; both free-and-fair-election indicators scored 0 of 4.",
        "value": "5/40",
        "observed_on": "2023-01-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "wol-iwpr-2023",
        "tags": ["rankings"],
    },
    {
        "key": "ev-fh-2023-civil-liberties",
        "title": "Freedom House 2023: civil liberties 18/60",
        "evidence_kind": "ranking",
        "summary": "Civil liberties scored 18 of 60.",
        "value": "18/60",
        "observed_on": "2023-01-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "wol-iwpr-2023",
        "tags": ["rankings"],
    },
    {
        "key": "ev-fh-2023-media",
        "title": "Freedom House 2023: free and independent media 0/4",
        "evidence_kind": "ranking",
        "summary": "The indicator on free and independent media scored zero. Freedom House notes that most media are state-run or owned by government-friendly figures, independent outlets and journalists are closed down or harassed, self-censorship is widespread, and insulting the president and officials remains a crime despite the 2020 decriminalisation of defamation; lockdowns and the 2022 shutdown also weighed on the score.",
        "value": "0/4",
        "observed_on": "2023-01-01",
        "quotation": "Media independence is severely limited in Kazakhstan.",
        "locator": "",
        "confidentiality": "public",
        "source": "wol-iwpr-2023",
        "tags": ["rankings", "media-regulation", "self-censorship"],
    },
    {
        "key": "ev-fh-2023-personal-expression",
        "title": "Freedom House 2023: expressing personal views without fear of surveillance 1/4",
        "evidence_kind": "ranking",
        "summary": "The indicator on whether people can voice political or sensitive opinions without fearing surveillance or reprisals scored 1 of 4, reflecting the political persecution of activists, journalists and critics.",
        "value": "1/4",
        "observed_on": "2023-01-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "wol-iwpr-2023",
        "tags": ["rankings", "privacy", "self-censorship"],
    },
    {
        "key": "ev-fh-2023-assembly",
        "title": "Freedom House 2023: freedom of assembly 1/4",
        "evidence_kind": "ranking",
        "summary": "Freedom of assembly scored 1 of 4.",
        "value": "1/4",
        "observed_on": "2023-01-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "wol-iwpr-2023",
        "tags": ["rankings", "peaceful-assembly"],
    },
    {
        "key": "ev-fh-2023-ngos",
        "title": "Freedom House 2023: freedom for NGOs 1/4",
        "evidence_kind": "ranking",
        "summary": "Freedom for non-governmental organisations, especially those working on human rights and governance, scored 1 of 4.",
        "value": "1/4",
        "observed_on": "2023-01-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "wol-iwpr-2023",
        "tags": ["rankings", "foreign-agents"],
    },
    {
        "key": "ev-fh-2023-transparency",
        "title": "Freedom House 2023: openness and transparency of government 0/4",
        "evidence_kind": "ranking",
        "summary": "Government openness and transparency scored zero.",
        "value": "0/4",
        "observed_on": "2023-01-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "wol-iwpr-2023",
        "tags": ["rankings", "access-to-information"],
    },
    {
        "key": "ev-fh-2023-judiciary",
        "title": "Freedom House 2023: independent judiciary 1/4",
        "evidence_kind": "ranking",
        "summary": "Judicial independence scored 1 of 4, as did due process in civil and criminal matters.",
        "value": "1/4",
        "observed_on": "2023-01-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "wol-iwpr-2023",
        "tags": ["rankings", "extrajudicial-measures"],
    },
    {
        "key": "ev-2022-protests-shutdown",
        "title": "2022 protests: Internet blockages and unlawful detentions",
        "evidence_kind": "report",
        "summary": "The 2022 protests were accompanied by Internet shutdowns and unlawful detentions of participants, which the review, following Freedom House, treats as a major setback for freedom of expression.",
        "value": "",
        "observed_on": "2022-01-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "wol-iwpr-2023",
        "tags": ["internet-blocking", "peaceful-assembly"],
    },
    # --- Attacks and cases (CPJ, IPI, press) -------------------------------------
    {
        "key": "ev-cpj-jan-2023-attacks",
        "title": "Wave of attacks on journalists' property from January 12, 2023",
        "evidence_kind": "case",
        "summary": "CPJ reported that from January 12, 2023 journalists across the country faced car arsons, attacks on their homes and vandalism of their offices.",
        "value": "",
        "observed_on": "2023-01-12",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "cpj",
        "tags": ["journalists-safety"],
    },
    {
        "key": "ev-cpj-arbat-media",
        "title": "Russian court summons Kazakh outlet Arbat.Media over Ukraine war coverage",
        "evidence_kind": "case",
        "summary": "On January 24, 2023 the Leninsky District Court of Vladimir (Russia) summoned the Kazakh independent site Arbat.Media to a hearing on February 17 over alleged false information about the war in Ukraine.",
        "value": "",
        "observed_on": "2023-01-24",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "cpj",
        "tags": ["journalists-safety", "false-information"],
    },
    {
        "key": "ev-cpj-my-city-threat",
        "title": "Bomb threat against the newspaper “My City/Moi Gorod” in Oral",
        "evidence_kind": "case",
        "summary": "On April 7, 2023 the editorial office in Oral received an email claiming that a bomb had been planted in its building.",
        "value": "",
        "observed_on": "2023-04-07",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "cpj",
        "tags": ["journalists-safety"],
    },
    {
        "key": "ev-cpj-sutyagin-arson",
        "title": "Journalist Viktor Sutyagin's car set on fire in Atyrau",
        "evidence_kind": "case",
        "summary": "At about 2:30 a.m. on May 11, 2023, surveillance cameras recorded an unknown person at Sutyagin's car in Atyrau shortly before a small explosion and fire.",
        "value": "",
        "observed_on": "2023-05-11",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "cpj",
        "tags": ["journalists-safety"],
    },
    {
        "key": "ev-cpj-batyrbekov-arrest",
        "title": "Editor Amangeldy Batyrbekov jailed for 20 days for libel",
        "evidence_kind": "case",
        "summary": "On July 3, 2023 the Saryagash District Specialized Administrative Court of the South Turkestan Region gave the editor-in-chief of the independent paper S- Inform 20 days of administrative arrest over a March 10 Facebook post in which he alleged corruption by an MP; he was led from the courtroom straight to serve the term.",
        "value": "20 days",
        "observed_on": "2023-07-03",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "cpj",
        "tags": ["journalists-safety", "criminal-defamation"],
    },
    {
        "key": "ev-batyrbekov-73-3",
        "title": "Batyrbekov found guilty under CoAO Article 73-3 'Slander'",
        "evidence_kind": "case",
        "summary": "The Specialized Administrative Court of the Saryagash region convicted the editor-in-chief of “Saryagash inform” under the administrative slander article on July 3, 2023; the review presents it as a typical high-profile case against a journalist.",
        "value": "",
        "observed_on": "2023-07-03",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "azattyq-2023-batyrbekov",
        "tags": ["criminal-defamation", "journalists-safety"],
    },
    {
        "key": "ev-ipi-egeubayeva",
        "title": "Journalist Dinara Egeubayeva's car set on fire",
        "evidence_kind": "case",
        "summary": "Early on Saturday, January 14, 2023 five juveniles, according to the police, set fire to the journalist's car and threw a brick through its rear window; IPI called for an investigation. It was the only Kazakh case in IPI's 2023 reporting.",
        "value": "",
        "observed_on": "2023-01-14",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "ipi-2023-yegeubayeva",
        "tags": ["journalists-safety"],
    },
    {
        "key": "ev-un-committee-decisions",
        "title": "27 Human Rights Committee decisions on Kazakhstan under Article 19 (2014-2021)",
        "evidence_kind": "statistic",
        "summary": "According to the Supreme Court website, the UN Human Rights Committee adopted 27 decisions and views concerning Kazakhstan under ICCPR Article 19 between 2014 and 2021 inclusive.",
        "value": "27",
        "observed_on": "2021-01-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "supreme-court-un-decisions",
        "tags": ["international-standards", "monitoring-data"],
    },
    {
        "key": "ev-tulesova-case",
        "title": "Tulesova, Tolymbekov and Suleimenova jailed for a banner at the Almaty marathon",
        "evidence_kind": "case",
        "summary": "On April 21, 2019 activists Asiya Tulesova and Beybarys Tolymbekov hung a banner reading “You can’t run away from the truth #I have a choice” by a pedestrian bridge on the marathon route; they and artist Suinbike Suleimenova were detained and given 15 days for breaching the rules on organising rallies.",
        "value": "15 days",
        "observed_on": "2019-04-21",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "azattyq-2019-tulesova",
        "tags": ["peaceful-assembly", "freedom-of-expression"],
    },
    {
        "key": "ev-abai-news",
        "title": "ABAI NEWS Instagram account temporarily blocked",
        "evidence_kind": "case",
        "summary": "On June 14, 2023 the ABAI NEWS Telegram channel reported that Instagram had blocked its account on suspicion of inflating followers after a gain of about 2000 followers in one to two days during its coverage of the Abai region forest fire; access was restored on appeal.",
        "value": "about 2000 followers",
        "observed_on": "2023-06-14",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "wol-iwpr-2023",
        "tags": ["online-platforms", "internet-blocking"],
    },
    # --- Access to information --------------------------------------------------
    {
        "key": "ev-ai-survey",
        "title": "Survey of journalists: most common breaches of the right to information",
        "evidence_kind": "survey",
        "summary": "In an online survey of Kazakh journalists, who mostly make written requests, almost 80% reported missed deadlines, almost 68% off-topic answers, 60% answers only to convenient questions and 41% no answer at all.",
        "value": "almost 80% / almost 68% / 60% / 41%",
        "observed_on": None,
        "quotation": "",
        "locator": "page 30",
        "confidentiality": "public",
        "source": "lprc-access-to-information",
        "tags": ["access-to-information"],
    },
    {
        "key": "ev-cec-bes-media",
        "title": "CEC answers an information request with two irrelevant links",
        "evidence_kind": "case",
        "summary": "When the public foundation “Erkindik Kanaty” and BES.media asked the Central Electoral Commission how the number of candidates per political affiliation was determined, the reply consisted of two links to a general website without the information sought.",
        "value": "",
        "observed_on": None,
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "wol-iwpr-2023",
        "tags": ["access-to-information"],
    },
    {
        "key": "ev-pavlodar-subsidies",
        "title": "Pavlodar: list of subsidy recipients hastily 'declassified'",
        "evidence_kind": "case",
        "summary": "Example given by the review of information unlawfully treated as restricted: the Pavlodar list of subsidy recipients, which was later released.",
        "value": "",
        "observed_on": None,
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "ratekz-pavlodar-subsidies",
        "tags": ["access-to-information"],
    },
    {
        "key": "ev-adilsoz-june-2023-obstruction",
        "title": "Adil Soz, June 2023: obstruction, attacks and threats",
        "evidence_kind": "monitoring",
        "summary": "Adil Soz recorded in June 2023 five cases of obstruction of journalists' lawful work, one attack and six threats, along with interference in media activity and demands to reveal sources.",
        "value": "5 / 1 / 6",
        "observed_on": "2023-06-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "adilsoz-monthly-monitoring",
        "tags": ["journalists-safety", "monitoring-data"],
    },
    {
        "key": "ev-adilsoz-june-2023-information",
        "title": "Adil Soz, June 2023: 19 of 39 reports concern the right to receive and impart information",
        "evidence_kind": "monitoring",
        "summary": "Nineteen of the 39 reports (48%) in June 2023 concerned the right to receive and disseminate information, a 1.6-fold fall from the 32 reports of June 2022.",
        "value": "19/39",
        "observed_on": "2023-06-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "adilsoz-monthly-monitoring",
        "tags": ["access-to-information", "monitoring-data"],
    },
    {
        "key": "ev-adilsoz-june-2023-refusals",
        "title": "Adil Soz, June 2023: 15 refusals, restrictions and deadline breaches",
        "evidence_kind": "monitoring",
        "summary": "Journalists met 15 refusals, restrictions or missed deadlines for information of public importance in June 2023; other problems included unequal treatment of media, a blocked social-network account, unlawful access to computer information and forced subscription.",
        "value": "15",
        "observed_on": "2023-06-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "adilsoz-monthly-monitoring",
        "tags": ["access-to-information", "monitoring-data"],
    },
    {
        "key": "ev-adilsoz-june-2023-claims",
        "title": "Adil Soz, June 2023: 5 court and pre-trial claims against journalists",
        "evidence_kind": "monitoring",
        "summary": "Five court and pre-trial claims were brought against journalists and editorial offices over publications in June 2023, in criminal, civil and administrative proceedings.",
        "value": "5",
        "observed_on": "2023-06-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "adilsoz-monthly-monitoring",
        "tags": ["criminal-defamation", "monitoring-data"],
    },
    # --- Peaceful assemblies ---------------------------------------------------
    {
        "key": "ev-beyimbet-detention",
        "title": "Vlast.kz correspondent Beyimbet detained at the site of an expected rally in Astana",
        "evidence_kind": "case",
        "summary": "On May 1 (year not stated in the review) the correspondent was detained in Astana despite showing his press ID and taken to the Saryarka ROP (district police department); he was barred from informing his editors, police tried to take his phone, he was photographed and fingerprinted and was released half an hour later without explanation, according to editor Moldagali.",
        "value": "",
        "observed_on": None,
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "vlast-beyimbet-detention",
        "tags": ["journalists-safety", "peaceful-assembly"],
    },
    {
        "key": "ev-adilsoz-beyimbet",
        "title": "Adil Soz: detention of the Vlast.kz journalist breached procedure",
        "evidence_kind": "expert_statement",
        "summary": "Adil Soz set out the procedural guarantees of administrative detention (record, notification of relatives, explanation of rights); the review concludes the police acted unlawfully and that there are signs of the offence in Criminal Code Article 158(2).",
        "value": "",
        "observed_on": None,
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "adilsoz-beyimbet-detention",
        "tags": ["journalists-safety", "peaceful-assembly"],
    },
    # --- Information Doctrine -------------------------------------------------
    {
        "key": "ev-doctrine-social-media-survey",
        "title": "Doctrine: 45.2% prefer social media for information (unsourced 2021 survey)",
        "evidence_kind": "survey",
        "summary": "The Information Doctrine says 2021 surveys found 45.2% of respondents prefer to get information from social media. It gives no reference, and the review's authors could not find the surveys.",
        "value": "45.2%",
        "observed_on": "2021-01-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "drfl-information-doctrine",
        "tags": ["information-sovereignty", "online-platforms"],
    },
    {
        "key": "ev-doctrine-tv-content",
        "title": "Doctrine admits state TV lacks analytical and investigative content",
        "evidence_kind": "report",
        "summary": "The Doctrine itself states that television is dominated by entertainment series and talk shows, with a shortage of analytical programmes, investigative journalism and strong journalism; the review reads this as a symptom of censorship and self-censorship.",
        "value": "",
        "observed_on": "2023-03-20",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "drfl-information-doctrine",
        "tags": ["information-sovereignty", "self-censorship"],
    },
    {
        "key": "ev-doctrine-low-awareness",
        "title": "Doctrine admits low public awareness of the right of access to information",
        "evidence_kind": "report",
        "summary": "The Doctrine acknowledges that the public knows little about its right of access to information, that information literacy is low and that counter-measures against information 'stuffing' are weak.",
        "value": "",
        "observed_on": "2023-03-20",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "drfl-information-doctrine",
        "tags": ["access-to-information", "information-sovereignty"],
    },
    # --- Out-of-court blocking (Freedom Kazakhstan, August 2023) ------------------
    {
        "key": "ev-ifkz-total",
        "title": "8,361 Internet resources restricted out of court (August 2023)",
        "evidence_kind": "statistic",
        "summary": "As of August 2023 the authorised body had restricted 8,361 Internet resources without a court decision, according to Freedom Kazakhstan.",
        "value": "8,361",
        "observed_on": "2023-08-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "ifkz-restriction-statistics",
        "tags": ["internet-blocking", "extrajudicial-measures", "monitoring-data"],
    },
    {
        "key": "ev-ifkz-fraud",
        "title": "Blocked for fraud: 3,723",
        "evidence_kind": "statistic",
        "summary": "Resources restricted on grounds of fraud, as of August 2023.",
        "value": "3,723",
        "observed_on": "2023-08-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "ifkz-restriction-statistics",
        "tags": ["internet-blocking", "monitoring-data"],
    },
    {
        "key": "ev-ifkz-gambling",
        "title": "Blocked for online casinos and gambling violations: 2,283",
        "evidence_kind": "statistic",
        "summary": "Resources restricted for offering online casino services or breaching gambling law, as of August 2023.",
        "value": "2,283",
        "observed_on": "2023-08-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "ifkz-restriction-statistics",
        "tags": ["internet-blocking", "monitoring-data"],
    },
    {
        "key": "ev-ifkz-cruelty",
        "title": "Blocked for propaganda of cruelty, violence, suicide and pornography: 1280",
        "evidence_kind": "statistic",
        "summary": "Resources restricted for propaganda of the cult of cruelty and violence, suicide and pornography, as of August 2023.",
        "value": "1280",
        "observed_on": "2023-08-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "ifkz-restriction-statistics",
        "tags": ["internet-blocking", "monitoring-data"],
    },
    {
        "key": "ev-ifkz-false-info",
        "title": "Blocked for deliberately false information: 290",
        "evidence_kind": "statistic",
        "summary": "Resources restricted out of court for spreading deliberately false information, as of August 2023: a speech-related ground decided without a judge.",
        "value": "290",
        "observed_on": "2023-08-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "ifkz-restriction-statistics",
        "tags": ["internet-blocking", "false-information", "monitoring-data"],
    },
    {
        "key": "ev-ifkz-honour",
        "title": "Blocked for information offending honour and dignity: 110",
        "evidence_kind": "statistic",
        "summary": "Resources restricted out of court for information offending another person's honour and dignity, as of August 2023, although such disputes are for the courts.",
        "value": "110",
        "observed_on": "2023-08-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "ifkz-restriction-statistics",
        "tags": ["internet-blocking", "criminal-defamation", "monitoring-data"],
    },
    {
        "key": "ev-ifkz-narcotics",
        "title": "Blocked for drug propaganda: 281",
        "evidence_kind": "statistic",
        "summary": "Resources restricted for propaganda of narcotic drugs, as of August 2023.",
        "value": "281",
        "observed_on": "2023-08-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "ifkz-restriction-statistics",
        "tags": ["internet-blocking", "monitoring-data"],
    },
    {
        "key": "ev-ifkz-advertising",
        "title": "Blocked for advertising and copyright violations: 219",
        "evidence_kind": "statistic",
        "summary": "Resources restricted for breaches of advertising and copyright law, as of August 2023.",
        "value": "219",
        "observed_on": "2023-08-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "ifkz-restriction-statistics",
        "tags": ["internet-blocking", "monitoring-data"],
    },
    {
        "key": "ev-ifkz-terrorism",
        "title": "Blocked for terrorism and extremism propaganda: 175",
        "evidence_kind": "statistic",
        "summary": "Resources restricted for propaganda of terrorism and extremism, as of August 2023.",
        "value": "175",
        "observed_on": "2023-08-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "ifkz-restriction-statistics",
        "tags": ["internet-blocking", "extremism-and-hate-speech", "monitoring-data"],
    },
    {
        "key": "ev-baikenzheev-statehood",
        "title": "Scholarly definition of 'statehood' covers state institutions",
        "evidence_kind": "expert_statement",
        "summary": "Baikenzheev describes statehood as a form of society at a given historical time and “a qualitative characteristic of its elements and institutions”; on that reading criticism of any state institution, such as election commissions, could be treated as questioning statehood.",
        "value": "",
        "observed_on": None,
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "baikenzheev-statehood",
        "tags": ["online-platforms", "legal-certainty"],
    },
    # --- Slander, insult, incitement, false information -------------------------
    {
        "key": "ev-akorda-2019-decriminalisation",
        "title": "2019: President announces 'decriminalisation' of slander",
        "evidence_kind": "expert_statement",
        "summary": "At the second meeting of the National Council of Public Trust in 2019 the President announced that Criminal Code Article 130 'Slander' would be decriminalised.",
        "value": "",
        "observed_on": "2019-01-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "akorda-2019-ncpt-speech",
        "tags": ["criminal-defamation"],
    },
    {
        "key": "ev-slander-moved-2020",
        "title": "June 2020: slander becomes an administrative offence (CoAO 73-3)",
        "evidence_kind": "other",
        "summary": "In June 2020 Article 73-3 'Slander' was added to the Code on Administrative Offences, moving the offence out of the Criminal Code while keeping heavy fines and arrest.",
        "value": "",
        "observed_on": "2020-06-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "adilet-coao",
        "tags": ["criminal-defamation"],
    },
    {
        "key": "ev-slander-fine-range",
        "title": "Slander fines in 2023: 552,000 to 2,587,500 tenge",
        "evidence_kind": "statistic",
        "summary": "Fines under CoAO Article 73-3 run from 160 to 750 MCI; with the 2023 MCI of 3 450 tenge this means 552,000 to 2,587,500 tenge, besides possible arrest of 20 to 30 days.",
        "value": "552,000–2,587,500 tenge",
        "observed_on": "2023-01-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "adilet-coao",
        "tags": ["criminal-defamation"],
    },
    {
        "key": "ev-qamqor-73-3-registered",
        "title": "323 administrative slander cases registered (August 2023)",
        "evidence_kind": "statistic",
        "summary": "The legal statistics portal shows 323 cases registered under CoAO Article 73-3 as of August 2023.",
        "value": "323",
        "observed_on": "2023-08-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "qamqor-legal-statistics",
        "tags": ["criminal-defamation", "monitoring-data"],
    },
    {
        "key": "ev-qamqor-73-3-court",
        "title": "184 slander cases heard by courts (August 2023)",
        "evidence_kind": "statistic",
        "summary": "Of the 323 Article 73-3 cases, 184 were considered by a court.",
        "value": "184",
        "observed_on": "2023-08-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "qamqor-legal-statistics",
        "tags": ["criminal-defamation", "monitoring-data"],
    },
    {
        "key": "ev-qamqor-73-3-authority",
        "title": "45 slander cases decided by the authorised body (August 2023)",
        "evidence_kind": "statistic",
        "summary": "Of the 323 Article 73-3 cases, 45 were considered by the authorised body rather than a court.",
        "value": "45",
        "observed_on": "2023-08-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "qamqor-legal-statistics",
        "tags": ["criminal-defamation", "monitoring-data"],
    },
    {
        "key": "ev-qamqor-131",
        "title": "Criminal insult (Article 131) never applied (August 2023)",
        "evidence_kind": "statistic",
        "summary": "According to the legal statistics portal, Criminal Code Article 131 had not been applied once as of August 2023, which suggests it can be repealed without any loss.",
        "value": "0",
        "observed_on": "2023-08-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "qamqor-legal-statistics",
        "tags": ["criminal-defamation", "monitoring-data"],
    },
    {
        "key": "ev-qamqor-174-initiated",
        "title": "45 criminal cases under Article 174 (August 2023)",
        "evidence_kind": "statistic",
        "summary": "45 cases had been opened under Criminal Code Article 174 (inciting hatred) as of August 2023.",
        "value": "45",
        "observed_on": "2023-08-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "qamqor-legal-statistics",
        "tags": ["extremism-and-hate-speech", "monitoring-data"],
    },
    {
        "key": "ev-qamqor-174-completed",
        "title": "11 Article 174 cases completed (August 2023)",
        "evidence_kind": "statistic",
        "summary": "Of the 45 Article 174 cases, 11 were recorded as completed as of August 2023.",
        "value": "11",
        "observed_on": "2023-08-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "qamqor-legal-statistics",
        "tags": ["extremism-and-hate-speech", "monitoring-data"],
    },
    {
        "key": "ev-adilsoz-2022-slander",
        "title": "Adil Soz 2022: 11 journalists and bloggers charged with administrative slander",
        "evidence_kind": "monitoring",
        "summary": "Adil Soz's 2022 statistics show 11 journalists and bloggers charged under the administrative slander article; 5 cases went to court and 2 people received 20 days of administrative arrest. Reported in the review, whose link to the statistics has no address.",
        "value": "11",
        "observed_on": "2022-01-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "wol-iwpr-2023",
        "tags": ["criminal-defamation", "journalists-safety", "monitoring-data"],
    },
    {
        "key": "ev-2022-insult-cases",
        "title": "2022: insult prosecutions of a public figure and of media representatives",
        "evidence_kind": "monitoring",
        "summary": "In 2022 a public figure from Uralsk faced the criminal insult article (the review says he was convicted) and was acquitted for lack of corpus delicti. Three times as many media representatives faced the more specific charge of insulting a representative of the authorities: one was acquitted with a right to compensation for unlawful prosecution, another was convicted of insulting an official on social networks and fined 20 MCI (61,260 tenge).",
        "value": "20 MCI (61,260 tenge)",
        "observed_on": "2022-01-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "wol-iwpr-2023",
        "tags": ["criminal-defamation", "monitoring-data"],
    },
    {
        "key": "ev-eco-activists-case",
        "title": "Eco-activists: incitement charge reclassified as false information",
        "evidence_kind": "case",
        "summary": "Of two 2022 cases under the incitement article, one reached court, where it was requalified as dissemination of deliberately false information and a group of environmental activists received one year of restriction of freedom; they were then released from punishment under an amnesty, with costs borne by the state.",
        "value": "1 year restriction of freedom",
        "observed_on": "2022-01-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "wol-iwpr-2023",
        "tags": ["extremism-and-hate-speech", "false-information"],
    },
    {
        "key": "ev-false-info-2022",
        "title": "2022: 7 criminal cases for deliberately false information",
        "evidence_kind": "monitoring",
        "summary": "Seven cases were opened in 2022 under the criminal offence of disseminating deliberately false information; one reached court and the activist was sentenced to one year of restriction of freedom, followed by parole.",
        "value": "7",
        "observed_on": "2022-01-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "wol-iwpr-2023",
        "tags": ["false-information", "monitoring-data"],
    },
    {
        "key": "ev-un-sr-174",
        "title": "UN Special Rapporteur: Article 174 deters political activity",
        "evidence_kind": "expert_statement",
        "summary": "The UN Special Rapporteur on freedom of peaceful assembly and of association found that Article 174 has strongly deterred political activity, is an ineffective and counter-productive response to real extremism, and exposes opposition parties and their members to charges such as incitement, spreading false information or slander on vague criteria.",
        "value": "",
        "observed_on": None,
        "quotation": "The existence of Article 174 in the Criminal Code of the Republic of Kazakhstan has significantly deterred political activities",
        "locator": "",
        "confidentiality": "public",
        "source": "un-sr-assembly-association",
        "tags": ["extremism-and-hate-speech", "international-standards"],
    },
    {
        "key": "ev-lprc-self-censorship",
        "title": "LPRC (January 2020): fear of slander liability breeds self-censorship",
        "evidence_kind": "expert_statement",
        "summary": "The Legal Policy Research Center's January 2020 study on the decriminalisation of libel found that fear of liability makes editors and journalists avoid certain topics, people, events and documents; it also notes that most defendants are ordinary citizens but cases against journalists attract most attention. The study has no address in the review.",
        "value": "",
        "observed_on": "2020-01-01",
        "quotation": "Fear also gives rise to self-censorship in journalism",
        "locator": "",
        "confidentiality": "public",
        "source": "wol-iwpr-2023",
        "tags": ["self-censorship", "criminal-defamation"],
    },
    {
        "key": "ev-article19-lmc-study",
        "title": "ARTICLE 19 and Legal Media Center study on 'extremism' restrictions",
        "evidence_kind": "report",
        "summary": "ARTICLE 19 and the Kazakh Legal Media Center published a joint study, “The right to freedom of expression and restriction of “extremism””, on the legal restrictions on expression justified by the fight against extremism and their use in practice. No address is given in the review.",
        "value": "",
        "observed_on": None,
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "wol-iwpr-2023",
        "tags": ["extremism-and-hate-speech"],
    },
    # --- Foreign funding register ------------------------------------------------
    {
        "key": "ev-460-1-fines",
        "title": "Foreign-funding reporting fines in 2023: 172,500 to 3,450,000 tenge",
        "evidence_kind": "statistic",
        "summary": "The CoAO Article 460-1 range of 50 to 1,000 MCI equals 172,500 to 3,450,000 tenge at 2023 values, with a possible ban on the activity of legal entities.",
        "value": "172,500–3,450,000 tenge",
        "observed_on": "2023-01-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "adilet-coao-art460-1",
        "tags": ["foreign-agents"],
    },
    {
        "key": "ev-460-2-fine",
        "title": "Fine for breaching publication rules on foreign-funded materials: 86,250 tenge",
        "evidence_kind": "statistic",
        "summary": "The 25 MCI fine under CoAO Article 460-2 equals 86,250 tenge in 2023; a warning is the alternative.",
        "value": "86,250 tenge",
        "observed_on": "2023-01-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "adilet-coao",
        "tags": ["foreign-agents"],
    },
    {
        "key": "ev-order-amendment-registered",
        "title": "Register amendments registered with the Ministry of Justice on March 14, 2023 (No. 32059)",
        "evidence_kind": "other",
        "summary": "The 2023 amendments to the Finance Ministry Order, which provide for a published Register of foreign-funding recipients including BIN/IIN, were registered on March 14, 2023 under No. 32059 and are in force.",
        "value": "No. 32059",
        "observed_on": "2023-03-14",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "adilet-order-amendments-2023",
        "tags": ["foreign-agents", "privacy"],
    },
    {
        "key": "ev-order-amendments-published",
        "title": "2023 changes to the Order published on the legal acts portal",
        "evidence_kind": "other",
        "summary": "The 2023 changes to the Order on the foreign-funding database appear on the government's legal acts portal.",
        "value": "",
        "observed_on": "2023-01-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "egov-order-amendments",
        "tags": ["foreign-agents"],
    },
    {
        "key": "ev-register-not-published",
        "title": "Register not yet online at www.kgd.gov.kz (July 2023)",
        "evidence_kind": "monitoring",
        "summary": "As of July 2023 the State Revenue Committee site had no link to the Register in any section, so it had not yet been published; the Order nevertheless provides for future publication.",
        "value": "",
        "observed_on": "2023-07-01",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "wol-iwpr-2023",
        "tags": ["foreign-agents", "privacy"],
    },
    {
        "key": "ev-drfl-pd-exception",
        "title": "Personal-data exception for tax bodies covers collection only",
        "evidence_kind": "expert_statement",
        "summary": "Page cited by the review for the personal-data exception that lets state revenue bodies collect data without consent for tax (customs) administration. The review reasons that the exception covers collection and processing only, not publication, so a public Register showing IINs has no basis in the personal-data law.",
        "value": "",
        "observed_on": None,
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "drfl-foreign-agents",
        "tags": ["privacy", "foreign-agents"],
    },
    # --- Draft law and platform regulation -----------------------------------------
    {
        "key": "ev-draft-mml-mazhilis",
        "title": "Draft Law “On Mass Media” before the Mazhilis (description dated 06.06.2023)",
        "evidence_kind": "other",
        "summary": "The draft, prepared over almost a year, was under consideration in the Mazhilis; its description on the Parliament website is dated 06.06.2023. Part of the human rights community criticised its vague wording and the separation of journalists through accreditation.",
        "value": "",
        "observed_on": "2023-06-06",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "mazhilis-draft-mass-media-law",
        "tags": ["draft-law", "media-regulation", "accreditation"],
    },
    {
        "key": "ev-ec-ten-days",
        "title": "Entrepreneurial Code allows ten working days to comply with preventive-control recommendations",
        "evidence_kind": "standard",
        "summary": "Under Article 124-10(8) of the Entrepreneurial Code businesses have ten working days to act on a recommendation, against three business days under the Law on Online Platforms.",
        "value": "10 vs 3 days",
        "observed_on": None,
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "adilet-entrepreneurial-code",
        "tags": ["online-platforms"],
    },
    {
        "key": "ev-law-20-viii-adopted",
        "title": "Law No. 20-VIII of July 10, 2023 adds a false-information offence",
        "evidence_kind": "other",
        "summary": "The amending law of July 10, 2023 inserts Article 456-2 on placing and spreading false information into the CoAO, with police drawing up protocols and prosecutors able to start proceedings.",
        "value": "",
        "observed_on": "2023-07-10",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "zakon-law-20-viii",
        "tags": ["false-information", "online-platforms"],
    },
    {
        "key": "ev-op-ratification",
        "title": "Kazakhstan accepted individual complaints under the Optional Protocol in February 2009",
        "evidence_kind": "standard",
        "summary": "By ratifying the Optional Protocol (Law No. 130-IV of February 11, 2009), Kazakhstan allowed people under its jurisdiction to petition the Human Rights Committee, including on freedom of expression.",
        "value": "",
        "observed_on": "2009-02-11",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "adilet-op-ratification-law",
        "tags": ["international-standards"],
    },
    {
        "key": "ev-iccpr-ratification",
        "title": "Kazakhstan bound by the ICCPR (ratification Law No. 91)",
        "evidence_kind": "standard",
        "summary": "Kazakhstan ratified the ICCPR by Law No. 91 (dated November 28, 2008 in the review) and so undertook to respect and ensure its rights, including Article 19.",
        "value": "",
        "observed_on": "2008-11-28",
        "quotation": "",
        "locator": "",
        "confidentiality": "public",
        "source": "adilet-iccpr-ratification-law",
        "tags": ["international-standards"],
    },
]

# ---------------------------------------------------------------------------
# Critiques
# ---------------------------------------------------------------------------

CRITIQUES: list[dict] = [
    {
        "key": "cr-constitution-loophole",
        "title": "The 'not prohibited by law' qualifier lets ordinary statutes override the constitutional guarantee",
        "category": "vagueness",
        "argument": (
            "Article 20 of the Constitution guarantees free speech and bans censorship, but the right to receive and "
            "spread information is tied to means *not prohibited by law* [@zakon-constitution]. In practice this "
            "qualifier lets authorities reach political speech through unrelated offences (false information, "
            "breach of public order, breach of the assembly rules) without ever naming expression as the target.\n\n"
            "The marathon banner case shows the pattern: activists who displayed a protest banner were jailed for "
            "15 days under the rules on organising rallies [@azattyq-2019-tulesova]. Under ICCPR Article 19(3) and "
            "General Comment No. 34, paragraph 22, a restriction must be set by precise law, pursue a listed aim and be "
            "necessary and proportionate [@ohchr-gc34]; a general reference to 'the law' does not meet that test."
        ),
        "severity": "high",
        "provisions": ["const-art-20-1", "const-art-20"],
        "standards": ["iccpr-art-19-2", "iccpr-art-19-3", "gc34-para-22"],
        "evidence": ["ev-tulesova-case", "ev-fh-2023-personal-expression"],
        "tags": ["freedom-of-expression", "legal-certainty"],
    },
    {
        "key": "cr-censorship-definition-narrow",
        "title": "Censorship is defined only as prior approval, leaving post-publication pressure outside the ban",
        "category": "vagueness",
        "argument": (
            "The 1999 Law on Mass Media limits censorship to *preliminary* approval of material at the request of "
            "state bodies or others [@zakon-mass-media-law]. Demands to delete or 'correct' material that has "
            "already appeared, blocking of news sites and bans on posts therefore fall outside the statutory "
            "definition, even though outlets regularly receive such demands.\n\n"
            "The review proposes a broader definition covering any demand for prior *or other* approval by state "
            "bodies, officials, organisations or financial groups aimed at adjusting, controlling, restricting or "
            "banning dissemination. A ban that does not reach the forms censorship actually takes is hollow, and it "
            "feeds the self-censorship that monitoring bodies observe [@wol-iwpr-2023]."
        ),
        "severity": "medium",
        "provisions": ["mml-art-1-18", "const-art-20"],
        "standards": ["iccpr-art-19-2", "gc34-para-21"],
        "evidence": ["ev-fh-2023-media", "ev-ifkz-total"],
        "tags": ["censorship", "media-regulation", "self-censorship"],
    },
    {
        "key": "cr-media-suspension-closure",
        "title": "Suspension and closure of media outlets are excessive interference",
        "category": "disproportionate_sanction",
        "argument": (
            "The Law on Mass Media lets a court or owner suspend an outlet for up to three months or close it; for "
            "online outlets this extends to cancelling the domain and barring similar names for a year "
            "[@zakon-mass-media-law]. Closing a publication silences all of its future content, not only the "
            "offending item, and the review regards it as unacceptable in a democratic society.\n\n"
            "Such a measure can rarely be the least restrictive means required by ICCPR Article 19(3) as read in "
            "General Comment No. 34, paragraph 22 [@ohchr-gc34]."
        ),
        "severity": "high",
        "provisions": ["mml-art-13"],
        "standards": ["iccpr-art-19-3", "gc34-para-22"],
        "evidence": ["ev-fh-2023-media"],
        "tags": ["media-regulation"],
    },
    {
        "key": "cr-media-registration-fines",
        "title": "Registration formalities carry fines and bans that can end an outlet over a technical slip",
        "category": "disproportionate_sanction",
        "argument": (
            "Outlets must register and re-register after almost any change (owner, name, language, territory, "
            "thematic focus, frequency), and a missed re-registration brings fines of up to 1,000 MCI for large "
            "businesses, suspension for up to three months and, on repetition within a year, a ban "
            "[@zakon-coao]. The review warns that a minor technical mistake can thus suspend or terminate a "
            "media outlet.\n\n"
            "The layering of the media law and the CoAO also makes the rules confusing and open to interpretation "
            "in favour of whoever is interested in closing an outlet."
        ),
        "severity": "medium",
        "provisions": ["mml-art-10", "mml-art-4-1", "coao-art-451-1", "coao-art-451-2-3"],
        "standards": ["iccpr-art-19-3", "gc34-para-22"],
        "evidence": [],
        "tags": ["media-regulation", "legal-certainty"],
    },
    {
        "key": "cr-access-info-practice",
        "title": "Access-to-information duties are ignored and mixed with the appeals procedure",
        "category": "procedural",
        "argument": (
            "The Law on Access to Information allows limits only by law and only where necessary for listed aims "
            "[@zakon-access-info-art5], and obliges information owners to give accurate and complete answers "
            "[@zakon-access-info-art9]. Because the law has no priority, officials handle requests under the general "
            "law on appeals, and the 15-working-day deadline (extendable to 30) is routinely exceeded.\n\n"
            "Journalists report missed deadlines, answers beside the point, selective answers and silence "
            "[@lprc-access-to-information]; Adil Soz counted 15 refusals and delays in June 2023 alone "
            "[@adilsoz-monthly-monitoring]; information is also wrongly classified as restricted "
            "[@ratekz-pavlodar-subsidies]."
        ),
        "severity": "medium",
        "provisions": ["ai-art-5", "ai-art-9-2"],
        "standards": ["iccpr-art-19-2"],
        "evidence": [
            "ev-ai-survey",
            "ev-cec-bes-media",
            "ev-pavlodar-subsidies",
            "ev-adilsoz-june-2023-refusals",
            "ev-adilsoz-june-2023-information",
            "ev-fh-2023-transparency",
        ],
        "tags": ["access-to-information"],
    },
    {
        "key": "cr-journalists-detained-at-assemblies",
        "title": "Journalists covering assemblies are detained despite their statutory right to be present",
        "category": "procedural",
        "argument": (
            "The media law entitles a journalist showing a press ID and badge to attend and record assemblies. Yet on "
            "1 May a Vlast.kz correspondent was taken to a police station at the site of an expected rally, kept from "
            "contacting his editors, photographed and fingerprinted and released without explanation "
            "[@vlast-beyimbet-detention].\n\n"
            "Administrative detention is only allowed to prevent an offence or secure proceedings, and comes with "
            "procedural guarantees [@adilsoz-beyimbet-detention]. The review finds the detention unlawful and sees "
            "signs of the crime of obstructing a journalist by abuse of office, which points to a gap between the "
            "guarantees on paper and their enforcement."
        ),
        "severity": "high",
        "provisions": ["mml-art-20", "coao-art-787", "coao-art-788", "crc-art-158-2"],
        "standards": ["iccpr-art-19-2", "gc34-para-4"],
        "evidence": [
            "ev-beyimbet-detention",
            "ev-adilsoz-beyimbet",
            "ev-adilsoz-june-2023-obstruction",
        ],
        "tags": ["journalists-safety", "peaceful-assembly"],
    },
    {
        "key": "cr-assembly-notification-permissive",
        "title": "The 'notification' regime for assemblies works as a permit system",
        "category": "international_standard_conflict",
        "argument": (
            "The May 2020 Law on Peaceful Assemblies was presented as a move to notification "
            "[@adilet-peaceful-assemblies-law], but human rights defenders report that notification functions as a "
            "request for permission and that akimats turn down most notifications; activists, defenders and "
            "journalists are still harassed at protests.\n\n"
            "Because expression is integral to assembly (General Comment No. 34, paragraph 4 [@ohchr-gc34]), "
            "restrictions on assemblies are restrictions on speech and must meet the Article 19(3) test."
        ),
        "severity": "medium",
        "provisions": ["pa-notification"],
        "standards": ["gc34-para-4", "iccpr-art-19-3"],
        "evidence": ["ev-tulesova-case", "ev-fh-2023-assembly", "ev-beyimbet-detention"],
        "tags": ["peaceful-assembly"],
    },
    {
        "key": "cr-doctrine-undefined-concepts",
        "title": "The Information Doctrine rests on undefined notions that invite arbitrary use",
        "category": "vagueness",
        "argument": (
            "The Doctrine approved by Decree No. 145 of March 20, 2023 speaks of true information security, "
            "ideological sovereignty, a main ideological vector, destructive or manipulative content and false "
            "narratives [@drfl-information-doctrine]. None of these terms exists in current legislation and the "
            "Doctrine defines none of them.\n\n"
            "Although a doctrine has no direct legislative force, it sets the direction of law-making, and its "
            "portrayal of social networks as a main source of disinformation has already fed into the Law on Online "
            "Platforms. Its figure of 45.2% of people preferring social media comes from surveys the review could not "
            "trace. Undefined terms of this kind cannot support restrictions that must be 'provided by law' under "
            "ICCPR Article 19(3)."
        ),
        "severity": "high",
        "provisions": ["doctrine-concepts", "lla-art-10-2-6"],
        "standards": ["iccpr-art-19-3", "gc34-para-22"],
        "evidence": [
            "ev-doctrine-social-media-survey",
            "ev-doctrine-tv-content",
            "ev-doctrine-low-awareness",
        ],
        "tags": ["information-sovereignty", "legal-certainty"],
    },
    {
        "key": "cr-doctrine-ideological-vector",
        "title": "A single 'main ideological vector' clashes with constitutional ideological diversity",
        "category": "inconsistency",
        "argument": (
            "The Constitution recognises ideological diversity (Article 5(1)). Building a unified ideological line, "
            "especially in such vague terms, is in the review's view partly unconstitutional and can slide into "
            "open censorship or an atmosphere of censorship. It also sits badly with the absolute protection of "
            "opinion in ICCPR Article 19(1) [@un-iccpr]."
        ),
        "severity": "medium",
        "provisions": ["doctrine-concepts", "const-art-5-1"],
        "standards": ["iccpr-art-19-1"],
        "evidence": ["ev-doctrine-tv-content"],
        "tags": ["information-sovereignty", "censorship"],
    },
    {
        "key": "cr-information-sovereignty-grants",
        "title": "Draft law funds an undefined 'information sovereignty' with state grants",
        "category": "vagueness",
        "argument": (
            "The draft Law on Mass Media defines information sovereignty through the equally open notion of "
            "citizens' socio-political independence, requires it to be protected, and directs budget grants to "
            "content that “satisfies the interests of the state and society”, without saying what those interests are "
            "[@mazhilis-draft-mass-media-law].\n\n"
            "RSF already finds that state support goes to outlets that carry the official agenda, while independent "
            "media depend on advertising and are undercut by subsidised competitors [@rsf-2023]. Tying grants to an "
            "undefined concept would entrench that imbalance instead of promoting media independence and "
            "diversity."
        ),
        "severity": "medium",
        "provisions": ["dml-art-1-4", "dml-art-1-30", "dml-art-32-1"],
        "standards": ["iccpr-art-19-2"],
        "evidence": ["ev-rsf-economic-context", "ev-draft-mml-mazhilis"],
        "tags": ["information-sovereignty", "draft-law", "media-regulation"],
    },
    {
        "key": "cr-draft-censorship-definition",
        "title": "The draft defines a prohibited practice narrowly and nowhere else addresses it",
        "category": "inconsistency",
        "argument": (
            "The draft bans censorship in Article 2(1) and defines it, like the 1999 law, as prior approval only, "
            "with no other rule on the subject [@mazhilis-draft-mass-media-law]. It thus keeps the gap that lets "
            "after-the-fact pressure on editors escape the ban, and offers no mechanism to enforce the prohibition."
        ),
        "severity": "medium",
        "provisions": ["dml-art-1-59", "dml-art-2-1"],
        "standards": ["iccpr-art-19-2"],
        "evidence": ["ev-draft-mml-mazhilis"],
        "tags": ["censorship", "draft-law"],
    },
    {
        "key": "cr-accreditation-withdrawal",
        "title": "State bodies could strip accreditation for 'untrue' reporting without a court ruling",
        "category": "extrajudicial_power",
        "argument": (
            "Under the draft, accreditation can be withdrawn for spreading untrue information that discredits the "
            "accrediting body's business reputation [@mazhilis-draft-mass-media-law]. Whether information is untrue "
            "and harmful to reputation is a question of proof: civil courts decide it in open proceedings where each "
            "side proves its case, and slander or insult go through administrative or criminal procedure.\n\n"
            "Letting the criticised body decide for itself, without a final court decision, makes withdrawal "
            "arbitrary and invites retaliation against critical reporters, contrary to the legality and necessity "
            "requirements of ICCPR Article 19(3) [@ohchr-gc34]."
        ),
        "severity": "high",
        "provisions": ["dml-art-26-4", "cc-art-952-2"],
        "standards": ["iccpr-art-19-3", "gc34-para-22"],
        "evidence": ["ev-draft-mml-mazhilis"],
        "tags": ["accreditation", "extrajudicial-measures", "draft-law"],
    },
    {
        "key": "cr-journalist-segregation",
        "title": "Accreditation and press cards split journalists into privileged and unprivileged groups",
        "category": "discrimination",
        "argument": (
            "The draft ties journalist status to a contract with an editorial office, reserves advance notice of "
            "meetings, documents and attendance to accredited journalists, and creates press cards with their own "
            "privileges, issued by a commission on experience and education criteria "
            "[@mazhilis-draft-mass-media-law].\n\n"
            "The review calls this a policy of segregation: access to public information comes to depend on a "
            "status that can be granted and withdrawn on loose grounds, leaving freelancers and bloggers behind."
        ),
        "severity": "high",
        "provisions": [
            "dml-art-1-1",
            "dml-art-1-5",
            "dml-art-1-21",
            "dml-art-26-2",
            "dml-art-29",
            "dml-art-29-4",
        ],
        "standards": ["iccpr-art-19-2"],
        "evidence": ["ev-draft-mml-mazhilis"],
        "tags": ["accreditation", "draft-law"],
    },
    {
        "key": "cr-press-card-criminal-record",
        "title": "Any unexpunged conviction would bar a journalist from a press card",
        "category": "discrimination",
        "argument": (
            "The draft refuses or withdraws press cards for any outstanding or unexpunged conviction and for being "
            "found guilty of any crime. A criminal record lasts from a final conviction until it is expunged "
            "[@adilet-criminal-code] and also attaches to suspended sentences and penalties milder than prison, and "
            "'crime' covers every offence in the Code.\n\n"
            "A blanket bar that ignores the nature of the offence and its relevance to journalism is "
            "discriminatory, and risks excluding precisely the reporters who have been prosecuted for their work."
        ),
        "severity": "high",
        "provisions": ["dml-art-29-5", "crc-art-79", "crc-art-10-2"],
        "standards": ["iccpr-art-19-2", "iccpr-art-19-3"],
        "evidence": ["ev-kozachkov-case", "ev-false-info-2022"],
        "tags": ["accreditation", "draft-law", "journalists-safety"],
    },
    {
        "key": "cr-press-card-vague-grounds",
        "title": "Press cards could be withdrawn for unspecified contract or legal breaches",
        "category": "vagueness",
        "argument": (
            "Withdrawal is also possible for non-compliance with the employment contract or any breach of the law's "
            "requirements, with no threshold or specifics [@mazhilis-draft-mass-media-law]. Such open grounds allow "
            "arbitrary use and fall short of the legal-certainty principle."
        ),
        "severity": "medium",
        "provisions": ["dml-art-29-5"],
        "standards": ["gc34-para-22"],
        "evidence": ["ev-draft-mml-mazhilis"],
        "tags": ["accreditation", "legal-certainty", "draft-law"],
    },
    {
        "key": "cr-illegal-content-vague",
        "title": "The list of 'illegal content' is open-ended and ends with a catch-all",
        "category": "vagueness",
        "argument": (
            "Article 14(1) of the Law on Online Platforms mixes serious harms with loosely framed categories and "
            "closes with any other information prohibited by law. Users must not post such content and must delete "
            "it, and platforms must counter it and suspend accounts that spread it.\n\n"
            "Because virtually anything can be brought within the list, the rules push platforms and users towards "
            "censorship and self-censorship. Restrictions under ICCPR Article 19(3) must be precise enough for people "
            "to foresee what is forbidden [@ohchr-gc34]. The scale of existing out-of-court blocking, 8,361 resources "
            "by August 2023 [@ifkz-restriction-statistics], shows how such lists are used."
        ),
        "severity": "critical",
        "provisions": ["opl-art-14-1", "opl-art-16-2", "opl-art-9-4-1", "opl-art-1-10"],
        "standards": ["iccpr-art-19-3", "gc34-para-22", "gc34-para-21"],
        "evidence": ["ev-ifkz-total", "ev-ifkz-false-info", "ev-ifkz-honour"],
        "tags": ["online-platforms", "legal-certainty", "censorship"],
    },
    {
        "key": "cr-statehood-criticism",
        "title": "'Questioning statehood' could cover legitimate criticism of state institutions",
        "category": "chilling_effect",
        "argument": (
            "Statehood, in scholarly usage, includes the institutions of society and the state "
            "[@baikenzheev-statehood]. If legislative, executive and judicial bodies are elements of statehood, then "
            "critical statements, for instance about vote-counting violations by election commissions, could be "
            "treated as questioning statehood and removed as illegal content. That would reach the political debate "
            "ICCPR Article 19 protects most strongly."
        ),
        "severity": "high",
        "provisions": ["opl-art-14-1"],
        "standards": ["iccpr-art-19-2", "iccpr-art-19-3"],
        "evidence": ["ev-baikenzheev-statehood"],
        "tags": ["online-platforms", "self-censorship"],
    },
    {
        "key": "cr-extrajudicial-blocking",
        "title": "Networks and websites can be blocked without a court decision",
        "category": "extrajudicial_power",
        "argument": (
            "Article 41-1 of the Law on Communications lets the prosecutor's office, the national security committee "
            "or the media authority suspend networks, means of communication and Internet resources out of court, "
            "and the Law on Online Platforms routes illegal content through this procedure.\n\n"
            "The numbers are large: 8,361 resources restricted as of August 2023, including 290 for deliberately "
            "false information and 110 for offending honour and dignity [@ifkz-restriction-statistics], grounds "
            "that need a judge's assessment. The 2022 shutdown and RSF's finding that Internet control is tightening "
            "[@rsf-2023] show the wider pattern. Without prior judicial review there is no independent check of "
            "necessity and proportionality under ICCPR Article 19(3)."
        ),
        "severity": "critical",
        "provisions": ["comm-art-41-1"],
        "standards": ["iccpr-art-19-3", "gc34-para-22"],
        "evidence": [
            "ev-ifkz-total",
            "ev-ifkz-false-info",
            "ev-ifkz-honour",
            "ev-ifkz-fraud",
            "ev-ifkz-gambling",
            "ev-ifkz-cruelty",
            "ev-ifkz-narcotics",
            "ev-ifkz-advertising",
            "ev-ifkz-terrorism",
            "ev-2022-protests-shutdown",
            "ev-rsf-2023-internet-control",
        ],
        "tags": ["internet-blocking", "extrajudicial-measures"],
    },
    {
        "key": "cr-account-suspension-on-request",
        "title": "Platforms must suspend accounts on the authorities' request",
        "category": "extrajudicial_power",
        "argument": (
            "Platform owners and representatives must suspend accounts spreading illegal content, including when the "
            "authorised body asks, and report their measures to it. Combined with the vague list of illegal content, "
            "this gives the executive a direct lever over individual users' speech without any court involvement."
        ),
        "severity": "high",
        "provisions": ["opl-art-9-4-10", "opl-art-9-4-6", "opl-art-9-1"],
        "standards": ["iccpr-art-19-3", "gc34-para-22"],
        "evidence": ["ev-ifkz-total"],
        "tags": ["online-platforms", "internet-blocking", "extrajudicial-measures"],
    },
    {
        "key": "cr-user-data-disclosure",
        "title": "No criteria or limits for handing user data to law-enforcement and special bodies",
        "category": "privacy",
        "argument": (
            "Platforms must provide user information on court acts or on requests of law-enforcement or special "
            "state bodies, while users must supply personal data to register. The law does not say on what kind of "
            "request, on what grounds or to what extent data must be handed over, so the provision can become a tool "
            "for arbitrary collection of users' data.\n\n"
            "The prospect of identification weighs on people who already fear surveillance or retribution for their "
            "views (Freedom House score 1/4, as reported in [@wol-iwpr-2023])."
        ),
        "severity": "high",
        "provisions": ["opl-art-9-4-9"],
        "standards": ["gc34-para-22", "iccpr-art-19-2"],
        "evidence": ["ev-fh-2023-personal-expression"],
        "tags": ["privacy", "online-platforms"],
    },
    {
        "key": "cr-false-info-offence",
        "title": "New administrative offence of 'false information' can be opened by police and prosecutors",
        "category": "chilling_effect",
        "argument": (
            "Law No. 20-VIII adds Article 456-2, making it an administrative offence for media, platform accounts and "
            "bloggers to place or spread false information [@zakon-law-20-viii]. Police draw up the protocols and a "
            "prosecutor may start proceedings on his own motion, whereas slander cases under Article 73-3 start only "
            "on the victim's complaint.\n\n"
            "Together with the broad definition of false information and the removal procedure of Article 15 of the "
            "Law on Online Platforms, the offence can become another repressive tool against media and bloggers. "
            "Criminal false-information charges are already used against activists [@wol-iwpr-2023], and General "
            "Comment No. 34 requires restrictions to be narrow and necessary [@ohchr-gc34]."
        ),
        "severity": "critical",
        "provisions": ["coao-art-456-2", "opl-art-1-3", "opl-art-1-6", "coao-art-64-1"],
        "standards": ["iccpr-art-19-3", "gc34-para-22"],
        "evidence": [
            "ev-law-20-viii-adopted",
            "ev-false-info-2022",
            "ev-eco-activists-case",
            "ev-ifkz-false-info",
        ],
        "tags": ["false-information", "online-platforms", "self-censorship"],
    },
    {
        "key": "cr-false-info-removal",
        "title": "Removal of 'false information' on request relies on an elastic definition",
        "category": "vagueness",
        "argument": (
            "Anyone who considers information about them false may demand its removal from the platform owner and "
            "then sue. The definition covers any information that 'does not correspond to reality' or 'distorts' "
            "facts, with no reference to intent, harm or public interest, so value judgements and contested "
            "reporting can be targeted. Paired with Article 456-2, it raises the cost of critical publication."
        ),
        "severity": "high",
        "provisions": ["opl-art-15", "opl-art-1-3"],
        "standards": ["iccpr-art-19-3", "gc34-para-22"],
        "evidence": ["ev-ifkz-false-info", "ev-cpj-arbat-media"],
        "tags": ["false-information", "online-platforms", "legal-certainty"],
    },
    {
        "key": "cr-preventive-control-deadline",
        "title": "Three-day compliance deadline conflicts with the Entrepreneurial Code's ten days",
        "category": "inconsistency",
        "argument": (
            "Preventive control of online platforms is conducted under the Entrepreneurial Code, yet the Law on Online "
            "Platforms gives only three business days to act on a recommendation, while the Code sets ten working "
            "days [@adilet-entrepreneurial-code]. The inconsistency should be resolved in favour of the general rule."
        ),
        "severity": "low",
        "provisions": ["opl-art-6-7", "opl-art-6-2", "ec-art-124-10-8"],
        "standards": [],
        "evidence": ["ev-ec-ten-days"],
        "tags": ["online-platforms"],
    },
    {
        "key": "cr-slander-administrative",
        "title": "'Decriminalised' slander still carries heavy fines and arrest",
        "category": "disproportionate_sanction",
        "argument": (
            "Slander was moved from the Criminal Code to the CoAO in June 2020 after a presidential announcement "
            "[@akorda-2019-ncpt-speech], but Article 73-3 keeps fines of 160 to 750 MCI and more (552,000 to "
            "2,587,500 tenge in 2023) and arrest of 20 to 30 days [@adilet-coao]. General Comment No. 34, paragraph "
            "47, says deprivation of liberty is never an appropriate penalty for defamation [@ohchr-gc34].\n\n"
            "The article is heavily used: 323 cases by August 2023 [@qamqor-legal-statistics]. Editor Amangeldy "
            "Batyrbekov was jailed for 20 days over a Facebook post alleging corruption by an MP [@cpj]. The result "
            "is fear and self-censorship among journalists."
        ),
        "severity": "critical",
        "provisions": ["coao-art-73-3", "crc-art-130"],
        "standards": ["gc34-para-47", "iccpr-art-19-3"],
        "evidence": [
            "ev-qamqor-73-3-registered",
            "ev-qamqor-73-3-court",
            "ev-qamqor-73-3-authority",
            "ev-slander-fine-range",
            "ev-cpj-batyrbekov-arrest",
            "ev-batyrbekov-73-3",
            "ev-adilsoz-2022-slander",
            "ev-lprc-self-censorship",
            "ev-akorda-2019-decriminalisation",
            "ev-slander-moved-2020",
        ],
        "tags": ["criminal-defamation", "self-censorship", "journalists-safety"],
    },
    {
        "key": "cr-slander-civil-cascade",
        "title": "An administrative slander ruling opens the way to civil damages without further proof",
        "category": "disproportionate_sanction",
        "argument": (
            "A final ruling in an administrative case binds a later civil court on whether the offence happened "
            "[@adilet-civil-procedure-code], and moral damage is paid in money in an amount the court sets largely at "
            "its discretion. A person fined or arrested under Article 73-3 can therefore be sued for damages by a "
            "claimant who need not prove the slander again. The combined burden multiplies the chilling effect; "
            "reputation disputes belong in civil proceedings alone."
        ),
        "severity": "high",
        "provisions": ["cpc-art-76-5", "cc-art-952-2", "coao-art-73-3"],
        "standards": ["gc34-para-47"],
        "evidence": [
            "ev-qamqor-73-3-court",
            "ev-lprc-self-censorship",
            "ev-adilsoz-june-2023-claims",
        ],
        "tags": ["criminal-defamation", "self-censorship"],
    },
    {
        "key": "cr-insult-criminal",
        "title": "Insult remains a crime although the article is not used",
        "category": "international_standard_conflict",
        "argument": (
            "Article 131 of the Criminal Code keeps insult punishable by fines, community work, restriction of "
            "freedom and imprisonment. The legal statistics portal shows it was not applied once by August 2023 "
            "[@qamqor-legal-statistics], while the specific offence of insulting a representative of authority is "
            "used against media workers. Keeping criminal insult on the books serves no practical need and runs "
            "against the Committee's call to decriminalise defamation [@ohchr-gc34]."
        ),
        "severity": "medium",
        "provisions": ["crc-art-131"],
        "standards": ["gc34-para-47"],
        "evidence": ["ev-qamqor-131", "ev-2022-insult-cases"],
        "tags": ["criminal-defamation"],
    },
    {
        "key": "cr-incitement-174",
        "title": "Vague incitement offence is used against activists and opposition",
        "category": "vagueness",
        "argument": (
            "Article 174 criminalises inciting social, national, tribal, racial, class or religious hatred in broad "
            "terms. The UN Special Rapporteur on freedom of assembly and association found that it deters political "
            "activity and exposes opposition members to charges on vague criteria [@un-sr-assembly-association]. "
            "45 cases had been opened by August 2023 [@qamqor-legal-statistics], and in one 2022 case eco-activists "
            "were convicted after requalification to false information."
        ),
        "severity": "high",
        "provisions": ["crc-art-174"],
        "standards": ["iccpr-art-19-3", "gc34-para-22"],
        "evidence": [
            "ev-un-sr-174",
            "ev-qamqor-174-initiated",
            "ev-qamqor-174-completed",
            "ev-eco-activists-case",
            "ev-article19-lmc-study",
        ],
        "tags": ["extremism-and-hate-speech", "legal-certainty"],
    },
    {
        "key": "cr-false-info-criminal",
        "title": "Criminal false-information offence deprives activists and journalists of liberty",
        "category": "disproportionate_sanction",
        "argument": (
            "The criminal offence of spreading deliberately false information still allows the authorities to "
            "restrict the liberty of independent journalists, bloggers and activists: 7 cases were opened in 2022 "
            "and an activist received a year of restriction of freedom [@wol-iwpr-2023]. Like the incitement and "
            "slander articles, it lacks the clarity that legal certainty requires."
        ),
        "severity": "high",
        "provisions": ["crc-art-274"],
        "standards": ["iccpr-art-19-3", "gc34-para-22"],
        "evidence": ["ev-false-info-2022", "ev-eco-activists-case"],
        "tags": ["false-information", "legal-certainty"],
    },
    {
        "key": "cr-register-personal-data",
        "title": "Publishing the foreign-funding Register with IINs breaches personal-data law and privacy",
        "category": "privacy",
        "argument": (
            "The Tax Code requires a public register of recipients of foreign funding [@adilet-tax-code-art29] and "
            "the Finance Ministry Order [@adilet-order-2018], as amended in 2023, provides for its half-yearly publication on www.kgd.gov.kz, listing "
            "BIN/IIN and name [@adilet-order-amendments-2023]. The personal-data law allows publication only with "
            "consent; the tax-administration exception covers collection and processing, not publication "
            "[@adilet-personal-data-law].\n\n"
            "Publishing individual identification numbers to an unlimited audience therefore breaches the law and "
            "the constitutional right to privacy and could harm those listed. As of July 2023 the Register had not "
            "yet appeared, so there is still time to stop it."
        ),
        "severity": "high",
        "provisions": [
            "order-para-8",
            "order-appendix",
            "tc-art-29-3",
            "pd-art-7",
            "pd-art-9-9-1",
            "const-art-18-1",
        ],
        "standards": [],
        "evidence": [
            "ev-order-amendment-registered",
            "ev-order-amendments-published",
            "ev-register-not-published",
            "ev-drfl-pd-exception",
        ],
        "tags": ["privacy", "foreign-agents"],
    },
    {
        "key": "cr-foreign-funding-stigma",
        "title": "Foreign-funding rules lay the groundwork for a 'foreign agents' regime",
        "category": "discrimination",
        "argument": (
            "Article 29 of the Tax Code singles out people and organisations funded from abroad for legal assistance, "
            "legal information and opinion research, imposes reporting duties, and backs them with fines of 50 to "
            "1,000 MCI and possible bans on activity [@adilet-coao-art460-1], plus sanctions for breaching publication "
            "rules [@adilet-coao]. Combined with a public register, this builds the institution of foreign agents, "
            "which is likely to reach media, bloggers and platform users as well as NGOs, and to stigmatise them."
        ),
        "severity": "high",
        "provisions": [
            "tc-art-29",
            "tc-art-29-1",
            "tc-art-29-3",
            "coao-art-460-1",
            "coao-art-460-2",
        ],
        "standards": ["iccpr-art-19-2", "iccpr-art-19-3"],
        "evidence": ["ev-460-1-fines", "ev-460-2-fine", "ev-fh-2023-ngos"],
        "tags": ["foreign-agents"],
    },
    {
        "key": "cr-journalist-safety",
        "title": "Attacks on journalists go on while the draft media law offers no safety guarantees",
        "category": "other",
        "argument": (
            "In 2023 journalists' cars were burned and homes and offices attacked from January 12 [@cpj], Dinara "
            "Egeubayeva's car was set on fire [@ipi-2023-yegeubayeva], a newspaper in Oral got a bomb threat and "
            "Viktor Sutyagin's car caught fire after a small explosion in Atyrau [@cpj]. Adil Soz recorded obstruction, attacks and threats in "
            "June 2023 alone [@adilsoz-monthly-monitoring]. International monitors see only part of these incidents.\n\n"
            "The draft Law on Mass Media says nothing about journalists' safety and does not affirm the primacy of "
            "freedom of speech, although a free and uncensored press is essential under General Comment No. 34 "
            "[@ohchr-gc34]."
        ),
        "severity": "high",
        "provisions": ["crc-art-158-2", "mml-art-20", "dml-art-2-1"],
        "standards": ["iccpr-art-19-2", "gc34-para-21"],
        "evidence": [
            "ev-cpj-jan-2023-attacks",
            "ev-ipi-egeubayeva",
            "ev-cpj-my-city-threat",
            "ev-cpj-sutyagin-arson",
            "ev-adilsoz-june-2023-obstruction",
            "ev-rsf-2023-persecuted",
            "ev-kozachkov-case",
        ],
        "tags": ["journalists-safety", "draft-law"],
    },
]

# ---------------------------------------------------------------------------
# Recommendations (the review's ten, in its order)
# ---------------------------------------------------------------------------

RECOMMENDATIONS: list[dict] = [
    {
        "key": "rec-01-decriminalise-slander-insult",
        "title": "Fully decriminalise slander and insult",
        "action": "repeal",
        "text": (
            "Repeal Article 73-3 'Slander' of the Code on Administrative Offences and Article 131 'Insult' of the "
            "Criminal Code. Protection of honour, dignity and business reputation should be left entirely to civil "
            "proceedings."
        ),
        "rationale": (
            "Moving slander from the Criminal Code to the CoAO in 2020 [@akorda-2019-ncpt-speech] did not lighten the "
            "penalty: fines of 160 to 750 MCI and arrest of 20 to 30 days remain [@adilet-coao], 323 cases had been "
            "registered by August 2023 [@qamqor-legal-statistics], and an editor was jailed for 20 days over a "
            "Facebook post [@cpj]. A final administrative ruling also pre-decides later civil claims for moral "
            "damage [@adilet-civil-procedure-code].\n\n"
            "Criminal insult has not been applied once [@qamqor-legal-statistics], so repealing it costs nothing. "
            "General Comment No. 34, paragraph 47, asks states to consider decriminalising defamation and rules out "
            "deprivation of liberty as a penalty [@ohchr-gc34]."
        ),
        "addressee": "Mazhilis of the Parliament of the Republic of Kazakhstan",
        "priority": "high",
        "status": "final",
        "provisions": ["coao-art-73-3", "crc-art-131", "cpc-art-76-5"],
        "critiques": [
            "cr-slander-administrative",
            "cr-slander-civil-cascade",
            "cr-insult-criminal",
        ],
        "evidence": [
            "ev-qamqor-73-3-registered",
            "ev-qamqor-73-3-court",
            "ev-qamqor-131",
            "ev-cpj-batyrbekov-arrest",
            "ev-batyrbekov-73-3",
            "ev-adilsoz-2022-slander",
            "ev-slander-fine-range",
            "ev-lprc-self-censorship",
        ],
        "proposed_wordings": [
            {
                "provision": "coao-art-73-3",
                "current_wording": "Slander: fines from 160 to 750 MCI and more, or administrative arrest for 20 to 30 days (summary).",
                "proposed_wording": "(repealed)",
                "justification": "Reputation disputes should be settled in civil courts only; arrest for speech is never proportionate (GC34 para. 47).",
            },
            {
                "provision": "crc-art-131",
                "current_wording": "Insult: criminal offence punishable by fines, community work, restriction of freedom or imprisonment (summary).",
                "proposed_wording": "(repealed)",
                "justification": "The article has not been applied once (August 2023); criminal liability for insult is incompatible with GC34 para. 47.",
            },
        ],
        "tags": ["criminal-defamation", "freedom-of-expression"],
    },
    {
        "key": "rec-02-refrain-false-info-offence",
        "title": "Do not add Article 456-2 'false information' to the CoAO",
        "action": "refrain",
        "text": (
            "Refrain from supplementing the Code on Administrative Offences with Article 456-2 'Placement, "
            "dissemination of false information'."
        ),
        "rationale": (
            "The new offence, introduced by Law No. 20-VIII [@zakon-law-20-viii], would let police and prosecutors "
            "pursue media, account holders and bloggers on their own initiative, unlike slander, which requires a "
            "victim's complaint. Read with the broad definition of false information and the removal procedure in the "
            "Law on Online Platforms, it would become a further tool for pressure on critical speech.\n\n"
            "False-information charges are already used against activists [@wol-iwpr-2023] and 290 resources have "
            "been blocked out of court for 'deliberately false information' [@ifkz-restriction-statistics]. "
            "Restrictions must be precise, necessary and proportionate [@ohchr-gc34]."
        ),
        "addressee": "Mazhilis of the Parliament of the Republic of Kazakhstan",
        "priority": "high",
        "status": "final",
        "provisions": ["coao-art-456-2", "opl-art-15", "opl-art-1-3"],
        "critiques": ["cr-false-info-offence", "cr-false-info-removal"],
        "evidence": [
            "ev-law-20-viii-adopted",
            "ev-ifkz-false-info",
            "ev-false-info-2022",
            "ev-eco-activists-case",
        ],
        "proposed_wordings": [
            {
                "provision": "coao-art-456-2",
                "current_wording": "Administrative liability for placing or spreading false information in the media, on online platforms, through individual accounts or by bloggers (summary of the planned article).",
                "proposed_wording": "(not introduced; repealed if already in force)",
                "justification": "The offence duplicates existing remedies, can be opened without a victim's complaint and rests on a vague notion of falsity.",
            },
        ],
        "tags": ["false-information", "online-platforms"],
    },
    {
        "key": "rec-03-reconsider-foreign-agents-register",
        "title": "Reconsider the register of 'foreign agents'",
        "action": "reconsider",
        "text": (
            "Reconsider the introduction of a public register of recipients of foreign funding, in the light of the "
            "personal-data legislation and of the discriminatory nature of the rules on keeping and filling the "
            "register."
        ),
        "rationale": (
            "The Tax Code and the Finance Ministry Order, as amended in March 2023, provide for a Register listing "
            "recipients' BIN/IIN and name on www.kgd.gov.kz [@adilet-tax-code-art29] [@adilet-order-amendments-2023]. "
            "Publishing personal data without consent is not covered by any exception in the personal-data law "
            "[@adilet-personal-data-law] and infringes the constitutional right to privacy.\n\n"
            "Backed by fines of up to 1,000 MCI and bans on activity [@adilet-coao-art460-1], the regime singles out "
            "legal aid providers, researchers and, potentially, media and bloggers as 'foreign agents'. The Register "
            "was not yet online in July 2023 [@wol-iwpr-2023], so the decision can still be reversed."
        ),
        "addressee": "Mazhilis of the Parliament of the Republic of Kazakhstan",
        "priority": "high",
        "status": "final",
        "provisions": [
            "tc-art-29",
            "tc-art-29-3",
            "order-para-8",
            "order-appendix",
            "coao-art-460-1",
            "coao-art-460-2",
            "pd-art-7",
        ],
        "critiques": ["cr-register-personal-data", "cr-foreign-funding-stigma"],
        "evidence": [
            "ev-order-amendment-registered",
            "ev-register-not-published",
            "ev-460-1-fines",
            "ev-460-2-fine",
            "ev-drfl-pd-exception",
        ],
        "proposed_wordings": [
            {
                "provision": "order-para-8",
                "current_wording": "The database is published as a Register of persons receiving money and (or) other property from foreign sources on www.kgd.gov.kz, half-yearly (summary of the 2023 wording).",
                "proposed_wording": "[Drop the publication of the Register; if any information is published, it must contain no personal data such as the IIN.]",
                "justification": "Publication of personal data requires the data subject's consent (Law “On Personal Data”, Article 7); the tax exception covers collection only.",
            },
        ],
        "tags": ["foreign-agents", "privacy"],
    },
    {
        "key": "rec-04-judicial-control-blocking",
        "title": "End out-of-court blocking under Article 41-1 of the Law on Communications",
        "action": "amend",
        "text": (
            "Revise Article 41-1 of the Law of the Republic of Kazakhstan “On Communications” as regards the "
            "extrajudicial procedure for suspending (blocking) communication networks and means of communication, "
            "so that such measures can be taken only by a court."
        ),
        "rationale": (
            "Prosecutors, the national security committee and the media authority can today block networks and "
            "Internet resources without a judge, and the Law on Online Platforms relies on the same procedure for "
            "illegal content. By August 2023, 8,361 resources had been restricted this way, including hundreds for "
            "'false information' and for offending honour and dignity [@ifkz-restriction-statistics].\n\n"
            "The 2022 shutdown and the tightening of Internet control noted by RSF [@rsf-2023] show the risks. "
            "Prior judicial review is the minimum safeguard of necessity and proportionality [@ohchr-gc34]."
        ),
        "addressee": "Mazhilis of the Parliament of the Republic of Kazakhstan",
        "priority": "high",
        "status": "final",
        "provisions": ["comm-art-41-1"],
        "critiques": ["cr-extrajudicial-blocking"],
        "evidence": [
            "ev-ifkz-total",
            "ev-ifkz-false-info",
            "ev-ifkz-honour",
            "ev-2022-protests-shutdown",
            "ev-rsf-2023-internet-control",
        ],
        "proposed_wordings": [
            {
                "provision": "comm-art-41-1",
                "current_wording": "Networks, means of communication and Internet resources may be suspended on a request or order of the prosecutor's office, the national security committee or the media authority, without a court decision (summary).",
                "proposed_wording": "[Suspension (blocking) only on the basis of a court decision that has entered into legal force; delete the out-of-court procedure.]",
                "justification": "Restrictions on expression must be reviewed by an independent body for necessity and proportionality.",
            },
        ],
        "tags": ["internet-blocking", "extrajudicial-measures"],
    },
    {
        "key": "rec-05-accreditation-press-cards",
        "title": "Remove vague and discriminatory grounds for accreditation and press cards",
        "action": "amend",
        "text": (
            "In the draft Law “On Mass Media”, drop the vague and discriminatory grounds for granting and withdrawing "
            "journalists' accreditation and press cards."
        ),
        "rationale": (
            "Under the draft, a state body could withdraw accreditation for reporting it considers untrue and "
            "damaging to its reputation, without any court ruling, and press cards could be refused or withdrawn for "
            "any unexpunged conviction or for unspecified contract and legal breaches "
            "[@mazhilis-draft-mass-media-law]. A criminal record lasts until expunged and attaches even to "
            "suspended sentences [@adilet-criminal-code].\n\n"
            "These rules split journalists into privileged and unprivileged groups and let officials punish critical "
            "coverage, contrary to the legality and necessity tests of ICCPR Article 19(3) [@ohchr-gc34]."
        ),
        "addressee": "Mazhilis of the Parliament of the Republic of Kazakhstan",
        "priority": "high",
        "status": "final",
        "provisions": ["dml-art-26-4", "dml-art-29-5", "dml-art-29-4", "dml-art-26-2"],
        "critiques": [
            "cr-accreditation-withdrawal",
            "cr-journalist-segregation",
            "cr-press-card-criminal-record",
            "cr-press-card-vague-grounds",
        ],
        "evidence": ["ev-draft-mml-mazhilis", "ev-kozachkov-case"],
        "proposed_wordings": [
            {
                "provision": "dml-art-26-4",
                "current_wording": "Accreditation may be withdrawn for breaching the accreditation rules or for spreading untrue information that discredits the business reputation of the accrediting state body (summary).",
                "proposed_wording": "[Delete the ground of spreading untrue information discrediting the accrediting body; allow withdrawal only on clearly defined grounds, subject to judicial review.]",
                "justification": "Whether information is untrue and defamatory can be established only by a court.",
            },
            {
                "provision": "dml-art-29-5",
                "current_wording": "A press card may be refused or withdrawn for, among other things, an outstanding or unexpunged conviction, being found guilty of a crime, non-compliance with the employment contract or breach of the requirements of the Law (summary).",
                "proposed_wording": "[Delete the grounds of any unexpunged conviction or any criminal conviction, non-compliance with the employment contract and unspecified breaches of the Law.]",
                "justification": "Blanket bars unrelated to journalism are discriminatory; open-ended grounds allow arbitrary withdrawal.",
            },
        ],
        "tags": ["accreditation", "draft-law", "media-regulation"],
    },
    {
        "key": "rec-06-illegal-content-grounds",
        "title": "Narrow the grounds for classifying information as illegal content",
        "action": "amend",
        "text": (
            "Remove the extremely vague grounds on which information can be classified as illegal content under the "
            "Law “On Online Platforms”, in particular statements 'questioning statehood' and the open reference to "
            "any other information prohibited by law."
        ),
        "rationale": (
            "Users must delete illegal content and platforms must suppress it and suspend accounts, so the list in "
            "Article 14(1) decides what can be said online. On a standard scholarly reading, statehood includes state "
            "institutions [@baikenzheev-statehood], which would turn criticism of, for example, election commissions "
            "into illegal content. A catch-all clause makes the list unforeseeable.\n\n"
            "Out-of-court restrictions already number 8,361 [@ifkz-restriction-statistics]. Only precisely drawn "
            "restrictions serving the aims in ICCPR Article 19(3) are permissible [@ohchr-gc34]."
        ),
        "addressee": "Mazhilis of the Parliament of the Republic of Kazakhstan",
        "priority": "high",
        "status": "final",
        "provisions": ["opl-art-14-1", "opl-art-16-2", "opl-art-9-4-1", "opl-art-9-4-10"],
        "critiques": [
            "cr-illegal-content-vague",
            "cr-statehood-criticism",
            "cr-account-suspension-on-request",
        ],
        "evidence": ["ev-ifkz-total", "ev-baikenzheev-statehood", "ev-ifkz-false-info"],
        "proposed_wordings": [
            {
                "provision": "opl-art-14-1",
                "current_wording": "Illegal content includes, among many categories, statements questioning the statehood and territorial integrity of Kazakhstan and any other information prohibited by law (summary).",
                "proposed_wording": "[Delete 'statements questioning statehood' and the catch-all 'other information prohibited by law'; define each remaining category narrowly by reference to the aims of Article 19(3) ICCPR.]",
                "justification": "Vague and open-ended grounds are not 'provided by law' in the sense of the ICCPR and invite censorship.",
            },
        ],
        "tags": ["online-platforms", "legal-certainty"],
    },
    {
        "key": "rec-07-preventive-control-alignment",
        "title": "Align preventive control of platforms with the Entrepreneurial Code",
        "action": "amend",
        "text": (
            "Bring the rules of the Law “On Online Platforms” on preventive control by the authorised body into line "
            "with the Entrepreneurial Code, in particular the deadline for complying with recommendations."
        ),
        "rationale": (
            "Preventive control of platforms is carried out under the Entrepreneurial Code, which gives ten working "
            "days to act on a recommendation [@adilet-entrepreneurial-code]; the Law on Online Platforms allows only "
            "three business days. The special law should not undercut the general guarantee."
        ),
        "addressee": "Mazhilis of the Parliament of the Republic of Kazakhstan",
        "priority": "low",
        "status": "final",
        "provisions": ["opl-art-6-7", "opl-art-6-2", "ec-art-124-10-8"],
        "critiques": ["cr-preventive-control-deadline"],
        "evidence": ["ev-ec-ten-days"],
        "proposed_wordings": [
            {
                "provision": "opl-art-6-7",
                "current_wording": "A recommendation to remedy violations found by preventive control must be complied with within three business days from the day after delivery (summary).",
                "proposed_wording": "A recommendation to eliminate violations identified through preventive control shall be executed within ten working days from the day following the day of its delivery.",
                "justification": "Matches Article 124-10(8) of the Entrepreneurial Code, under which preventive control is conducted.",
            },
        ],
        "tags": ["online-platforms"],
    },
    {
        "key": "rec-08-user-data-safeguards",
        "title": "Set clear criteria and limits for disclosing platform users' data",
        "action": "amend",
        "text": (
            "Lay down in law clear criteria and limits for any transfer of online-platform users' personal data on "
            "request of the authorised body or of law-enforcement and special state bodies."
        ),
        "rationale": (
            "Article 9(4)(9) of the Law on Online Platforms obliges platforms to hand over user information on court "
            "acts or requests of law-enforcement and special bodies, while users must give personal data to "
            "register. The law does not say what requests qualify or how much data may be handed over, which opens "
            "the door to arbitrary collection.\n\n"
            "People in Kazakhstan already hesitate to speak for fear of surveillance or retribution (Freedom House "
            "1/4, as reported in [@wol-iwpr-2023]); restrictions affecting expression must be clearly provided by "
            "law [@ohchr-gc34]."
        ),
        "addressee": "Mazhilis of the Parliament of the Republic of Kazakhstan",
        "priority": "medium",
        "status": "final",
        "provisions": ["opl-art-9-4-9"],
        "critiques": ["cr-user-data-disclosure"],
        "evidence": ["ev-fh-2023-personal-expression"],
        "proposed_wordings": [
            {
                "provision": "opl-art-9-4-9",
                "current_wording": "Platforms must provide user information requested by the authorised body on the basis of court acts or requests of law-enforcement or special state bodies (summary).",
                "proposed_wording": "[Specify which bodies may request user data, on what legal grounds and under what procedure, which categories and how much data may be disclosed, and how disclosures are recorded and reviewed.]",
                "justification": "Without criteria and scope the provision allows arbitrary collection of personal data.",
            },
        ],
        "tags": ["privacy", "online-platforms"],
    },
    {
        "key": "rec-09-systematic-reform",
        "title": "Continue systematic reform for freedom of speech",
        "action": "implement",
        "text": (
            "Keep working systematically to improve the exercise of freedom of speech and expression: explain new "
            "laws to the public, involve the professional community in drafting, and pursue reforms that strengthen "
            "democratic institutions and civil society."
        ),
        "rationale": (
            "Kazakhstan ranks 134th of 180 in the 2023 RSF index, down from 122nd [@rsf-2023], and Freedom House rates "
            "it not free at 23/100 [@wol-iwpr-2023]. The Information Doctrine itself admits low awareness of the "
            "right to information and a lack of analytical and investigative content [@drfl-information-doctrine]. "
            "Under ICCPR Article 2(1) the state must give effect to Article 19 in law and in practice, and people can "
            "take violations to the Human Rights Committee, which has issued 27 decisions on Kazakhstan under "
            "Article 19 [@supreme-court-un-decisions]."
        ),
        "addressee": "Mazhilis of the Parliament of the Republic of Kazakhstan",
        "priority": "medium",
        "status": "final",
        "provisions": [
            "const-art-20",
            "const-art-20-1",
            "doctrine-concepts",
            "iccpr-art-2-1",
            "const-art-4-3",
            "op-art-1",
        ],
        "critiques": [
            "cr-constitution-loophole",
            "cr-doctrine-undefined-concepts",
            "cr-access-info-practice",
        ],
        "evidence": [
            "ev-rsf-2023-rank",
            "ev-rsf-2022-rank",
            "ev-fh-2023-total",
            "ev-fh-2023-political-rights",
            "ev-fh-2023-civil-liberties",
            "ev-doctrine-low-awareness",
            "ev-un-committee-decisions",
            "ev-ai-survey",
            "ev-rsf-2023-global",
            "ev-iccpr-ratification",
            "ev-op-ratification",
        ],
        "proposed_wordings": [],
        "tags": ["freedom-of-expression", "access-to-information"],
    },
    {
        "key": "rec-10-draft-media-law-safety",
        "title": "Guarantee journalists' safety and the primacy of free speech in the draft media law",
        "action": "amend",
        "text": (
            "Include in the draft Law “On Mass Media” provisions guaranteeing the safety of journalists and the "
            "internationally recognised principle of the primacy of freedom of speech, and define censorship so that "
            "it also covers pressure after publication."
        ),
        "rationale": (
            "Journalists faced arson, attacks on homes and offices, a bomb threat and arrests in 2023 [@cpj] "
            "[@ipi-2023-yegeubayeva], and Adil Soz recorded obstruction, attacks and threats every month "
            "[@adilsoz-monthly-monitoring]; a reporter covering a rally was detained despite his press ID "
            "[@vlast-beyimbet-detention]. The draft contains no safety guarantees.\n\n"
            "Both the 1999 law and the draft limit censorship to prior approval [@zakon-mass-media-law]. The review "
            "offers a broader definition covering any demand for prior or other approval aimed at controlling "
            "publication; adopting it would give the constitutional ban real reach."
        ),
        "addressee": "Mazhilis of the Parliament of the Republic of Kazakhstan",
        "priority": "high",
        "status": "final",
        "provisions": ["dml-art-2-1", "dml-art-1-59", "mml-art-1-18", "crc-art-158-2"],
        "critiques": [
            "cr-journalist-safety",
            "cr-draft-censorship-definition",
            "cr-censorship-definition-narrow",
        ],
        "evidence": [
            "ev-cpj-jan-2023-attacks",
            "ev-ipi-egeubayeva",
            "ev-cpj-sutyagin-arson",
            "ev-cpj-my-city-threat",
            "ev-adilsoz-june-2023-obstruction",
            "ev-beyimbet-detention",
            "ev-rsf-2023-persecuted",
        ],
        "proposed_wordings": [
            {
                "provision": "mml-art-1-18",
                "current_wording": "preliminary approval of messages and materials by the media with government bodies, officials and other organizations at their request or for other reasons for the purpose of restricting or banning for the distribution of messages and materials or their individual parts.",
                "proposed_wording": "Censorship is a demand made by participants in information processes for obtaining prior or other approval from government bodies, officials, other organizations, or financial groups for the messages and materials being distributed in the media. Its purpose is to adjust, control, restrict, or impose a ban on the dissemination of messages and materials, or their components.",
                "justification": "Wording proposed in the review: the current definition is confined to prior approval and misses demands to alter material after publication.",
            },
            {
                "provision": "dml-art-1-59",
                "current_wording": "Censorship means advance approval of media messages and materials by state bodies, officials or other organisations, on their own request or for other reasons, so as to restrict or ban their distribution wholly or partly (summary).",
                "proposed_wording": "Censorship is a demand made by participants in information processes for obtaining prior or other approval from government bodies, officials, other organizations, or financial groups for the messages and materials being distributed in the media. Its purpose is to adjust, control, restrict, or impose a ban on the dissemination of messages and materials, or their components.",
                "justification": "The draft repeats the narrow definition; the review's wording would extend the ban in Article 2(1) to after-the-fact pressure.",
            },
        ],
        "tags": ["journalists-safety", "censorship", "draft-law"],
    },
]

# ---------------------------------------------------------------------------
# Submission
# ---------------------------------------------------------------------------

SUBMISSION: dict = {
    "title": "Freedom of speech and expression in Kazakhstan: ten recommendations to Parliament",
    "subtitle": "Based on the legal review “Features of legal regulation and law enforcement practice of the right to freedom of speech and expression in the Republic of Kazakhstan” (Astana, 2023)",
    "addressee": "Mazhilis of the Parliament of the Republic of Kazakhstan",
    "organisation": "PF “Wings of Liberty” and Institute for War and Peace Reporting (IWPR)",
    "authors": "Shvetsova E.A., Reimer R.E., Buralkieva D.B., Solovyov E.A.",
    "place": "Astana",
    "submitted_on": "2023-09-01",
    "language": "en",
    "summary": (
        "International monitors rate the press in Kazakhstan as not free, and recent initiatives point towards "
        "tighter control rather than reform. This submission sets out ten recommendations drawn from a legal review "
        "of current law, enforcement practice and pending bills.\n\n"
        "- **Speech offences:** end liability for slander and insult outside civil law, and do not add a new "
        "administrative offence of 'false information'.\n"
        "- **The online space:** require a court decision for blocking, narrow the definition of illegal content, "
        "limit disclosure of users' data and align platform oversight with general business rules.\n"
        "- **The draft media law:** drop arbitrary and discriminatory accreditation and press-card rules, guarantee "
        "journalists' safety and broaden the definition of censorship.\n"
        "- **Foreign funding:** reconsider the public register of recipients, which would publish personal data.\n"
        "- **Systemic work:** involve the professional community and the public in law-making."
    ),
    "introduction": (
        "Freedom of speech is guaranteed by Article 20 of the Constitution, which also bans censorship, and by "
        "Article 19 of the International Covenant on Civil and Political Rights, which Kazakhstan has ratified "
        "together with its first Optional Protocol [@adilet-op-ratification-law]. The UN Human Rights Committee has "
        "explained in General Comment No. 34 that restrictions must be set by precise law, pursue a legitimate aim "
        "and be necessary and proportionate [@ohchr-gc34].\n\n"
        "Practice falls short. Kazakhstan dropped to 134th of 180 countries in the 2023 World Press Freedom Index "
        "[@rsf-2023] and Freedom House scores it 23 out of 100 [@wol-iwpr-2023]. Slander, insult, incitement and "
        "false-information offences are used against journalists, bloggers and activists; thousands of websites "
        "have been blocked without a court [@ifkz-restriction-statistics]; and journalists face attacks and "
        "threats [@cpj].\n\n"
        "In 2023 the Information Doctrine, the Law on Online Platforms and Online Advertising and a new draft Law "
        "“On Mass Media” pointed towards closer control of online speech, while rules on foreign funding prepared "
        "the ground for a 'foreign agents' register. The recommendations below ask the Mazhilis to use the "
        "legislative process to reverse that direction."
    ),
    "sections": [
        {
            "title": "Liability for speech: slander, insult and false information",
            "introduction": "Administrative and criminal sanctions for speech are the most frequent tools against journalists and activists.",
            "recommendations": [
                "rec-01-decriminalise-slander-insult",
                "rec-02-refrain-false-info-offence",
            ],
        },
        {
            "title": "The online space: blocking, illegal content and platform duties",
            "introduction": "The Law on Online Platforms and the out-of-court blocking procedure give the executive broad control over online content and users.",
            "recommendations": [
                "rec-04-judicial-control-blocking",
                "rec-06-illegal-content-grounds",
                "rec-07-preventive-control-alignment",
                "rec-08-user-data-safeguards",
            ],
        },
        {
            "title": "The draft Law “On Mass Media”: journalists' status and safety",
            "introduction": "The bill before the Mazhilis can still be amended to remove vague and discriminatory rules and to protect journalists.",
            "recommendations": [
                "rec-05-accreditation-press-cards",
                "rec-10-draft-media-law-safety",
            ],
        },
        {
            "title": "Foreign funding and privacy",
            "introduction": "The legal basis for a register of 'foreign agents' is in place but the register has not yet been published.",
            "recommendations": ["rec-03-reconsider-foreign-agents-register"],
        },
        {
            "title": "Systemic improvements",
            "introduction": "Lasting change needs informed citizens and a law-making process open to the professional community.",
            "recommendations": ["rec-09-systematic-reform"],
        },
    ],
}
