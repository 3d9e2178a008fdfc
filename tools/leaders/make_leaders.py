"""Writes ``python/stancemap/data/leaders_2017.json``: heads of state and government, foreign
ministers and other much-reported office holders from 2010 on, which the Phoenix files (ending
2014-2018) lack or hold with a stale open end. Hand-curated from general knowledge (public
facts: who held which office from which date), checked row by row by the helpers who wrote it.
Run by hand: ``python tools/leaders/make_leaders.py`` (it reads ``phoenix_actors.json``).

Scope: every country of more than about 10 million people (and a few smaller, much-reported
ones), heads of state and government and foreign ministers from 2010 to today (December 2026),
the heads of the main international organisations, and other much-reported figures (US
congressional leaders, defence ministers, opposition leaders).

**Dates**: an end is open only where the office is surely held today (a fixed term running past
2026, or no known change); where the writer knew an office was held on a day but not when it
ended, the end is that day and a comment says so ("held on 2025-11-01; later unknown"). A role is
never given a date the writer was not sure of.

Each row: name, country (an organisation's gazetteer id for its head: UN, NATO, EC, EUCO, EU,
IMF, WB, WHO, WTO, ECB, IAEA, AU), surname rule, roles, and extra aliases. The surname rule:
- "s" (`surnames`): a distinctive surname, no other person of news has it (Modi, Guterres);
  it names the person alone also without a date, and after they left office (rule
  person-surname-former);
- "d" (`surnames_dated`): a surname that needs a document date (Johnson, Cameron); **a "d" row
  holding an office today (a role with an open end) is written as "s"**: without a date the text
  is read in today's world, where its holder is the one who holds the office (Trump). When the
  office ends and its end is written in, the surname returns to `surnames_dated` by itself;
- "" none: a surname many share (Khan, Sharif, Kim, Lee, Wang, Singh).
The surname is the last word of the name, the first for names written family name first (the
countries of FAMILY_FIRST), or the forms SURNAMES gives ("von der Leyen", "Lula", "Sisi").
Roles: (from, to or None) as YYYYMMDD, optionally with a country (an organisation id) and a
CAMEO role (GOV by default; LEG for congressional leaders, OPP for opposition leaders, MIL for
commanders).

A person the Phoenix file holds under one of the row's names (accents, hyphens and case aside),
once or twice, is replaced whole: our entry takes their aliases and the roles that ended before
our first one, and each Phoenix record of theirs under another id gets a placeholder entry of
that id (ids are unique, so Phoenix's record is dropped) that names nobody.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "python/stancemap/data"
OUT = DATA / "leaders_2017.json"
PHOENIX = DATA / "phoenix_actors.json"

# Names written family name first in English news (as tools/phoenix/convert.py reads them).
FAMILY_FIRST = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "SGP", "KHM"}
# The country of an organisation's head: the row's country when it is one of these.
ORGANISATIONS = {"UN", "NATO", "EC", "EUCO", "EU", "IMF", "WB", "WHO", "WTO", "ECB", "IAEA", "AU"}

Role = tuple  # (from, to) | (from, to, country) | (from, to, country, role)
Row = tuple[str, str, str, list[Role], list[str]]

# The last day the writer knew these offices held; where an office's later holder is not known
# to the writer, its end is this day (the surname still names them for three years after).
HELD = 20251101

ROWS: list[Row] = [
    # USA: presidents, vice presidents, secretaries of state and defence
    ("Donald Trump", "USA", "d", [(20170120, 20210120), (20250120, None)], ["Donald J. Trump"]),
    (
        "Joe Biden",
        "USA",
        "s",
        [(20090120, 20170120), (20210120, 20250120)],
        ["Joseph Biden", "Joseph R. Biden"],
    ),
    ("Barack Obama", "USA", "s", [(20090120, 20170120)], ["Barack Hussein Obama"]),
    ("Kamala Harris", "USA", "", [(20210120, 20250120)], []),
    ("Mike Pence", "USA", "s", [(20170120, 20210120)], []),
    ("JD Vance", "USA", "d", [(20250120, None)], ["J.D. Vance", "J. D. Vance"]),
    ("Hillary Clinton", "USA", "", [(20090121, 20130201)], ["Hillary Rodham Clinton"]),
    ("John Kerry", "USA", "d", [(20130201, 20170201)], []),
    ("Rex Tillerson", "USA", "s", [(20170201, 20180331)], []),
    ("Mike Pompeo", "USA", "s", [(20170123, 20210120)], []),
    ("Marco Rubio", "USA", "d", [(20250121, None)], []),
    ("Leon Panetta", "USA", "s", [(20090213, 20130226)], []),
    ("Chuck Hagel", "USA", "s", [(20130227, 20150217)], []),
    ("Ash Carter", "USA", "", [(20150217, 20170120)], ["Ashton Carter"]),
    ("Jim Mattis", "USA", "s", [(20170120, 20190101)], ["James Mattis"]),
    ("Mark Esper", "USA", "s", [(20190723, 20201109)], []),
    ("Lloyd Austin", "USA", "", [(20210122, 20250120)], []),
    ("Pete Hegseth", "USA", "s", [(20250125, None)], []),
    # USA: congressional leaders (LEG)
    (
        "Nancy Pelosi",
        "USA",
        "s",
        [(20070104, 20110103, "USA", "LEG"), (20190103, 20230103, "USA", "LEG")],
        [],
    ),
    ("John Boehner", "USA", "s", [(20110105, 20151029, "USA", "LEG")], []),
    ("Paul Ryan", "USA", "", [(20151029, 20190103, "USA", "LEG")], []),
    ("Kevin McCarthy", "USA", "", [(20230107, 20231003, "USA", "LEG")], []),
    ("Mike Johnson", "USA", "", [(20231025, None, "USA", "LEG")], []),
    ("Mitch McConnell", "USA", "s", [(20070103, 20250103, "USA", "LEG")], []),
    ("Harry Reid", "USA", "", [(20050103, 20170103, "USA", "LEG")], []),
    ("Chuck Schumer", "USA", "s", [(20170103, None, "USA", "LEG")], []),
    ("John Thune", "USA", "s", [(20250103, None, "USA", "LEG")], []),
    # GBR: prime ministers, foreign secretaries, opposition leaders
    ("Margaret Thatcher", "GBR", "s", [(19790504, 19901128)], []),
    ("Tony Blair", "GBR", "", [(19970502, 20070627)], []),
    ("Gordon Brown", "GBR", "", [(20070627, 20100511)], []),
    ("David Cameron", "GBR", "d", [(20100511, 20160713), (20231113, 20240705)], []),
    ("Theresa May", "GBR", "", [(20100512, 20160713), (20160713, 20190724)], []),
    ("Boris Johnson", "GBR", "d", [(20160713, 20180709), (20190724, 20220906)], []),
    ("Liz Truss", "GBR", "s", [(20210915, 20221025)], []),
    ("Rishi Sunak", "GBR", "s", [(20200213, 20220705), (20221025, 20240705)], []),
    (
        "Keir Starmer",
        "GBR",
        "s",
        [(20200404, 20240705, "GBR", "OPP"), (20240705, None)],
        [],
    ),
    ("William Hague", "GBR", "", [(20100512, 20140714)], []),
    ("Philip Hammond", "GBR", "", [(20140715, 20160713), (20160713, 20190724)], []),
    ("Jeremy Hunt", "GBR", "", [(20180709, 20190724), (20221014, 20240705)], []),
    ("Dominic Raab", "GBR", "d", [(20190724, 20210915)], []),
    ("James Cleverly", "GBR", "d", [(20220906, 20231113)], []),
    # Lammy: foreign secretary, then deputy prime minister from 2025-09-05
    ("David Lammy", "GBR", "s", [(20240705, None)], []),
    ("Yvette Cooper", "GBR", "", [(20240705, None)], []),
    ("Jeremy Corbyn", "GBR", "s", [(20150912, 20200404, "GBR", "OPP")], []),
    # FRA: presidents, prime ministers, foreign ministers
    ("Nicolas Sarkozy", "FRA", "s", [(20070516, 20120515)], []),
    ("Francois Hollande", "FRA", "s", [(20120515, 20170514)], ["François Hollande"]),
    ("Emmanuel Macron", "FRA", "s", [(20140826, 20160830), (20170514, None)], []),
    ("Francois Fillon", "FRA", "s", [(20070517, 20120515)], ["François Fillon"]),
    (
        "Jean-Marc Ayrault",
        "FRA",
        "s",
        [(20120515, 20140331), (20160211, 20170510)],
        [],
    ),
    ("Manuel Valls", "FRA", "s", [(20140331, 20161206)], []),
    ("Bernard Cazeneuve", "FRA", "s", [(20140402, 20170515)], []),
    ("Edouard Philippe", "FRA", "", [(20170515, 20200703)], ["Édouard Philippe"]),
    ("Jean Castex", "FRA", "d", [(20200703, 20220516)], []),
    ("Elisabeth Borne", "FRA", "d", [(20220516, 20240109)], ["Élisabeth Borne"]),
    ("Gabriel Attal", "FRA", "d", [(20240109, 20240905)], []),
    ("Michel Barnier", "FRA", "s", [(20240905, 20241213)], []),
    ("Francois Bayrou", "FRA", "d", [(20241213, 20250909)], ["François Bayrou"]),
    # Lecornu: defence minister from 2022-05-20, prime minister from 2025-09-09 (again from
    # 2025-10-10); held on HELD
    ("Sebastien Lecornu", "FRA", "s", [(20220520, HELD)], ["Sébastien Lecornu"]),
    ("Alain Juppe", "FRA", "s", [(20110227, 20120515)], ["Alain Juppé"]),
    ("Laurent Fabius", "FRA", "s", [(20120516, 20160211)], []),
    ("Jean-Yves Le Drian", "FRA", "", [(20120516, 20220520)], []),
    ("Catherine Colonna", "FRA", "", [(20220520, 20240111)], []),
    ("Stephane Sejourne", "FRA", "s", [(20240111, 20240921)], ["Stéphane Séjourné"]),
    # Barrot: foreign minister from 2024-09-21, held on HELD
    ("Jean-Noel Barrot", "FRA", "s", [(20240921, HELD)], ["Jean-Noël Barrot"]),
    # DEU: chancellors, presidents, foreign ministers, defence ministers
    ("Angela Merkel", "DEU", "s", [(20051122, 20211208)], []),
    ("Olaf Scholz", "DEU", "s", [(20071121, 20091027), (20180314, 20250506)], []),
    ("Friedrich Merz", "DEU", "s", [(20250506, None)], []),
    ("Christian Wulff", "DEU", "s", [(20100630, 20120217)], []),
    ("Joachim Gauck", "DEU", "s", [(20120318, 20170318)], []),
    (
        "Frank-Walter Steinmeier",
        "DEU",
        "s",
        [(20051122, 20091028), (20131217, 20170127), (20170319, None)],
        [],
    ),
    ("Guido Westerwelle", "DEU", "s", [(20091028, 20131217)], []),
    ("Sigmar Gabriel", "DEU", "", [(20131217, 20180314)], []),
    ("Heiko Maas", "DEU", "d", [(20131217, 20211208)], []),
    ("Annalena Baerbock", "DEU", "s", [(20211208, 20250506)], []),
    ("Johann Wadephul", "DEU", "s", [(20250506, None)], []),
    ("Boris Pistorius", "DEU", "s", [(20230119, None)], []),
    # ITA
    ("Silvio Berlusconi", "ITA", "s", [(20080508, 20111116)], []),
    ("Mario Monti", "ITA", "s", [(20111116, 20130428)], []),
    ("Enrico Letta", "ITA", "s", [(20130428, 20140222)], []),
    ("Matteo Renzi", "ITA", "s", [(20140222, 20161212)], []),
    ("Paolo Gentiloni", "ITA", "s", [(20141031, 20180601), (20191201, 20241130, "EC")], []),
    ("Giuseppe Conte", "ITA", "d", [(20180601, 20210213)], []),
    (
        "Mario Draghi",
        "ITA",
        "d",
        [(20111101, 20191031, "ECB"), (20210213, 20221022)],
        [],
    ),
    ("Giorgia Meloni", "ITA", "s", [(20080508, 20111116), (20221022, None)], []),
    ("Giorgio Napolitano", "ITA", "s", [(20060515, 20150114)], []),
    ("Sergio Mattarella", "ITA", "s", [(20150203, None)], []),
    ("Angelino Alfano", "ITA", "s", [(20161212, 20180601)], []),
    ("Luigi Di Maio", "ITA", "", [(20190905, 20221022)], []),
    ("Matteo Salvini", "ITA", "s", [(20180601, 20190905), (20221022, None)], []),
    ("Antonio Tajani", "ITA", "s", [(20221022, None)], []),
    # ESP
    (
        "Jose Luis Rodriguez Zapatero",
        "ESP",
        "s",
        [(20040417, 20111221)],
        ["José Luis Rodríguez Zapatero"],
    ),
    ("Mariano Rajoy", "ESP", "s", [(20111221, 20180601)], []),
    ("Pedro Sanchez", "ESP", "", [(20180602, None)], ["Pedro Sánchez"]),
    (
        "Josep Borrell",
        "ESP",
        "s",
        [(20180607, 20191130), (20191201, 20241130, "EU")],
        [],
    ),
    ("Jose Manuel Albares", "ESP", "d", [(20210712, None)], ["José Manuel Albares"]),
    # CAN, AUS, NZL
    ("Stephen Harper", "CAN", "", [(20060206, 20151104)], []),
    ("Justin Trudeau", "CAN", "d", [(20151104, 20250314)], []),
    ("Mark Carney", "CAN", "", [(20250314, None)], []),
    ("Chrystia Freeland", "CAN", "s", [(20170110, 20241216)], []),
    ("Melanie Joly", "CAN", "d", [(20211026, 20250513)], ["Mélanie Joly"]),
    ("Anita Anand", "CAN", "", [(20250513, None)], []),
    ("Julia Gillard", "AUS", "s", [(20100624, 20130627)], []),
    (
        "Kevin Rudd",
        "AUS",
        "s",
        [(20071203, 20100624), (20100914, 20120222), (20130627, 20130918)],
        [],
    ),
    ("Tony Abbott", "AUS", "", [(20130918, 20150915)], []),
    ("Malcolm Turnbull", "AUS", "s", [(20150915, 20180824)], []),
    ("Scott Morrison", "AUS", "d", [(20180824, 20220523)], []),
    ("Anthony Albanese", "AUS", "d", [(20071203, 20130918), (20220523, None)], []),
    ("Penny Wong", "AUS", "", [(20220523, None)], []),
    ("Jacinda Ardern", "NZL", "s", [(20171026, 20230125)], []),
    ("Chris Hipkins", "NZL", "s", [(20230125, 20231127)], []),
    ("Christopher Luxon", "NZL", "s", [(20231127, HELD)], []),  # held on HELD
    # JPN: prime ministers, foreign ministers
    ("Naoto Kan", "JPN", "", [(20100608, 20110902)], []),
    ("Yoshihiko Noda", "JPN", "d", [(20110902, 20121226)], []),
    ("Shinzo Abe", "JPN", "d", [(20060926, 20070926), (20121226, 20200916)], []),
    ("Yoshihide Suga", "JPN", "d", [(20121226, 20211004)], []),
    ("Fumio Kishida", "JPN", "d", [(20121226, 20170803), (20211004, 20241001)], []),
    ("Shigeru Ishiba", "JPN", "d", [(20241001, 20251021)], []),
    ("Sanae Takaichi", "JPN", "s", [(20251021, None)], []),
    ("Taro Kono", "JPN", "d", [(20170803, 20190911)], ["Taro Kōno"]),
    ("Toshimitsu Motegi", "JPN", "s", [(20190911, 20211104), (20251021, None)], []),
    ("Yoshimasa Hayashi", "JPN", "d", [(20211110, 20231213)], []),
    ("Yoko Kamikawa", "JPN", "s", [(20231213, 20241001)], []),
    ("Takeshi Iwaya", "JPN", "s", [(20241001, 20251021)], []),
    # KOR, PRK
    ("Lee Myung-bak", "KOR", "", [(20080225, 20130224)], []),
    ("Park Geun-hye", "KOR", "", [(20130225, 20170310)], []),
    ("Moon Jae-in", "KOR", "", [(20170510, 20220509)], []),
    ("Yoon Suk Yeol", "KOR", "", [(20220510, 20250404)], ["Yoon Suk-yeol"]),
    ("Lee Jae-myung", "KOR", "", [(20250604, None)], []),
    ("Kang Kyung-wha", "KOR", "", [(20170618, 20210208)], []),
    ("Kim Jong-un", "PRK", "", [(20111217, None)], ["Kim Jong Un", "Kim Jong-Un", "Kim Jong-eun"]),
    # CHN, TWN, HKG
    ("Xi Jinping", "CHN", "s", [(20080315, 20130314), (20121115, None)], []),
    ("Li Keqiang", "CHN", "", [(20080317, 20130315), (20130315, 20230311)], []),
    ("Li Qiang", "CHN", "", [(20230311, None)], []),
    ("Yang Jiechi", "CHN", "", [(20070427, 20130316)], []),
    ("Wang Yi", "CHN", "", [(20130316, None)], []),
    ("Qin Gang", "CHN", "", [(20221230, 20230725)], []),
    ("Ma Ying-jeou", "TWN", "", [(20080520, 20160520)], []),
    ("Tsai Ing-wen", "TWN", "s", [(20160520, 20240520)], []),
    ("Lai Ching-te", "TWN", "", [(20170908, 20190114), (20200520, None)], ["William Lai"]),
    ("Leung Chun-ying", "HKG", "", [(20120701, 20170630)], ["CY Leung", "C.Y. Leung"]),
    ("Carrie Lam", "HKG", "", [(20170701, 20220630)], ["Carrie Lam Cheng Yuet-ngor"]),
    ("John Lee", "HKG", "", [(20220701, None)], ["John Lee Ka-chiu"]),
    # IND, PAK, BGD, LKA
    ("Manmohan Singh", "IND", "", [(20040522, 20140526)], []),
    ("Narendra Modi", "IND", "s", [(20140526, None)], []),
    ("Pranab Mukherjee", "IND", "", [(20120725, 20170725)], []),
    ("Ram Nath Kovind", "IND", "s", [(20170725, 20220725)], []),
    ("Droupadi Murmu", "IND", "s", [(20220725, None)], []),
    ("Sushma Swaraj", "IND", "s", [(20140526, 20190530)], []),
    (
        "Subrahmanyam Jaishankar",
        "IND",
        "s",
        [(20190530, None)],
        ["S. Jaishankar", "S Jaishankar"],
    ),
    ("Amit Shah", "IND", "", [(20190530, None)], []),
    ("Rajnath Singh", "IND", "", [(20140526, None)], []),
    ("Rahul Gandhi", "IND", "", [(20240609, None, "IND", "OPP")], []),
    ("Asif Ali Zardari", "PAK", "s", [(20080909, 20130909), (20240310, None)], []),
    ("Yousaf Raza Gilani", "PAK", "s", [(20080325, 20120619)], ["Yousuf Raza Gilani"]),
    ("Nawaz Sharif", "PAK", "", [(20130605, 20170728)], []),
    ("Imran Khan", "PAK", "", [(20180818, 20220410)], []),
    ("Shehbaz Sharif", "PAK", "", [(20220411, 20230814), (20240304, None)], ["Shahbaz Sharif"]),
    ("Arif Alvi", "PAK", "s", [(20180909, 20240310)], []),
    ("Shah Mahmood Qureshi", "PAK", "d", [(20180820, 20220410)], ["Shah Mehmood Qureshi"]),
    ("Bilawal Bhutto Zardari", "PAK", "", [(20220427, 20230810)], []),
    ("Ishaq Dar", "PAK", "", [(20240311, None)], []),
    ("Asim Munir", "PAK", "s", [(20221129, None, "PAK", "MIL")], []),
    ("Sheikh Hasina", "BGD", "s", [(20090106, 20240805)], ["Sheikh Hasina Wajed"]),
    ("Muhammad Yunus", "BGD", "s", [(20240808, HELD)], []),  # chief adviser; held on HELD
    ("Mahinda Rajapaksa", "LKA", "", [(20051119, 20150109), (20191121, 20220509)], []),
    ("Gotabaya Rajapaksa", "LKA", "", [(20191118, 20220714)], []),
    (
        "Ranil Wickremesinghe",
        "LKA",
        "s",
        [(20150109, 20181026), (20181216, 20191121), (20220512, 20240923)],
        [],
    ),
    ("Anura Kumara Dissanayake", "LKA", "s", [(20240923, None)], []),
    # IDN, PHL, VNM, THA, MMR, MYS, KHM, SGP
    ("Susilo Bambang Yudhoyono", "IDN", "s", [(20041020, 20141020)], []),
    ("Joko Widodo", "IDN", "s", [(20141020, 20241020)], ["Jokowi"]),
    ("Prabowo Subianto", "IDN", "s", [(20191023, None)], []),
    ("Retno Marsudi", "IDN", "s", [(20141027, 20241020)], []),
    ("Benigno Aquino III", "PHL", "", [(20100630, 20160630)], ["Benigno Aquino"]),
    ("Rodrigo Duterte", "PHL", "d", [(20160630, 20220630)], []),
    ("Sara Duterte", "PHL", "", [(20220630, None)], []),
    (
        "Ferdinand Marcos Jr.",
        "PHL",
        "d",
        [(20220630, None)],
        ["Ferdinand Marcos Jr", "Bongbong Marcos"],
    ),
    ("Nguyen Phu Trong", "VNM", "", [(20110119, 20240719)], ["Nguyễn Phú Trọng"]),
    ("Nguyen Xuan Phuc", "VNM", "", [(20160407, 20230118)], []),
    ("To Lam", "VNM", "", [(20160409, None)], ["Tô Lâm"]),
    ("Yingluck Shinawatra", "THA", "s", [(20110805, 20140507)], []),
    (
        "Prayut Chan-o-cha",
        "THA",
        "s",
        [(20140824, 20230822)],
        ["Prayuth Chan-ocha", "Prayut Chan-ocha"],
    ),
    ("Srettha Thavisin", "THA", "s", [(20230822, 20240814)], []),
    ("Paetongtarn Shinawatra", "THA", "s", [(20240818, 20250829)], []),
    ("Anutin Charnvirakul", "THA", "s", [(20250907, HELD)], []),  # held on HELD
    ("Thein Sein", "MMR", "", [(20110330, 20160330)], []),
    ("Aung San Suu Kyi", "MMR", "s", [(20160406, 20210201)], []),
    ("Min Aung Hlaing", "MMR", "s", [(20110330, HELD, "MMR", "MIL"), (20210201, HELD)], []),
    ("Najib Razak", "MYS", "s", [(20090403, 20180510)], []),
    ("Mahathir Mohamad", "MYS", "s", [(19810716, 20031031), (20180510, 20200224)], []),
    ("Muhyiddin Yassin", "MYS", "s", [(20200301, 20210816)], []),
    ("Anwar Ibrahim", "MYS", "d", [(20221124, None)], []),
    ("Hun Sen", "KHM", "", [(19850114, 20230822)], []),
    ("Hun Manet", "KHM", "", [(20230822, None)], []),
    ("Lee Hsien Loong", "SGP", "", [(20040812, 20240515)], []),
    ("Lawrence Wong", "SGP", "", [(20240515, None)], []),
    # IRN, IRQ, SYR, AFG, ISR, Gulf, YEM
    ("Mahmoud Ahmadinejad", "IRN", "s", [(20050803, 20130803)], []),
    ("Hassan Rouhani", "IRN", "s", [(20130803, 20210803)], ["Hassan Rowhani"]),
    ("Ebrahim Raisi", "IRN", "s", [(20210803, 20240519)], ["Ebrahim Raeisi", "Ibrahim Raisi"]),
    ("Masoud Pezeshkian", "IRN", "s", [(20240728, None)], []),
    # Khamenei: president 1981-1989, supreme leader from 1989-06-04; held on HELD
    (
        "Ali Khamenei",
        "IRN",
        "s",
        [(19811013, 19890816), (19890604, HELD)],
        ["Ayatollah Ali Khamenei", "Ali Hoseini Khamenei"],
    ),
    ("Ali Akbar Salehi", "IRN", "", [(20101213, 20130815)], []),
    ("Mohammad Javad Zarif", "IRN", "s", [(20130815, 20210825)], ["Javad Zarif"]),
    (
        "Hossein Amir-Abdollahian",
        "IRN",
        "s",
        [(20210825, 20240519)],
        ["Hossein Amirabdollahian"],
    ),
    ("Abbas Araghchi", "IRN", "s", [(20240821, None)], []),
    ("Nouri al-Maliki", "IRQ", "", [(20060520, 20140908)], ["Nuri al-Maliki"]),
    ("Haider al-Abadi", "IRQ", "s", [(20140908, 20181025)], []),
    ("Adel Abdul Mahdi", "IRQ", "", [(20181025, 20200507)], []),
    ("Mustafa al-Kadhimi", "IRQ", "s", [(20200507, 20221027)], []),
    ("Mohammed Shia al-Sudani", "IRQ", "s", [(20221027, HELD)], []),  # held on HELD
    ("Bashar al-Assad", "SYR", "s", [(20000717, 20241208)], ["Bashar Assad"]),
    ("Ahmed al-Sharaa", "SYR", "s", [(20241208, None)], ["Abu Mohammed al-Jolani"]),
    ("Walid Muallem", "SYR", "", [(20060211, 20201116)], ["Walid al-Muallem"]),
    ("Faisal Mekdad", "SYR", "s", [(20201122, 20241208)], []),
    ("Asaad al-Shaibani", "SYR", "s", [(20241221, None)], []),
    ("Ashraf Ghani", "AFG", "s", [(20140929, 20210815)], []),
    ("Abdullah Abdullah", "AFG", "", [(20140929, 20200317)], []),
    ("Hibatullah Akhundzada", "AFG", "s", [(20210815, None)], []),
    ("Amir Khan Muttaqi", "AFG", "s", [(20210907, None)], []),
    (
        "Benjamin Netanyahu",
        "ISR",
        "s",
        [(19960618, 19990706), (20090331, 20210613), (20221229, None)],
        [],
    ),
    ("Naftali Bennett", "ISR", "d", [(20191112, 20200517), (20210613, 20220630)], []),
    (
        "Yair Lapid",
        "ISR",
        "s",
        [(20200517, 20210613, "ISR", "OPP"), (20210613, 20221229), (20221229, None, "ISR", "OPP")],
        [],
    ),
    ("Benny Gantz", "ISR", "s", [(20200517, 20221229), (20231011, 20240609)], []),
    ("Reuven Rivlin", "ISR", "s", [(20140724, 20210707)], []),
    ("Isaac Herzog", "ISR", "", [(20210707, None)], []),
    ("Israel Katz", "ISR", "", [(20240102, None)], []),
    ("Gideon Saar", "ISR", "", [(20241105, None)], ["Gideon Sa'ar"]),
    ("Tamim bin Hamad Al Thani", "QAT", "", [(20130625, None)], ["Tamim bin Hamad"]),
    (
        "Mohamed bin Zayed",
        "ARE",
        "",
        [(20220514, None)],
        ["Mohammed bin Zayed", "Mohamed bin Zayed Al Nahyan"],
    ),
    (
        "Mohammed bin Salman",
        "SAU",
        "",
        [(20150123, None)],
        ["Mohammed bin Salman Al Saud"],
    ),
    ("Adel al-Jubeir", "SAU", "s", [(20150429, 20181227)], []),
    ("Faisal bin Farhan", "SAU", "", [(20191023, None)], ["Faisal bin Farhan Al Saud"]),
    ("Abd Rabbuh Mansur Hadi", "YEM", "", [(20120225, 20220407)], ["Abdrabbuh Mansour Hadi"]),
    # RUS, UKR, BLR
    ("Sergey Lavrov", "RUS", "s", [(20040309, None)], ["Sergei Lavrov"]),
    ("Mikhail Mishustin", "RUS", "s", [(20100406, None)], []),  # tax service head from 2010
    ("Sergei Shoigu", "RUS", "s", [(19940120, None)], ["Sergey Shoigu"]),
    ("Andrei Belousov", "RUS", "s", [(20200121, None)], ["Andrey Belousov"]),
    # Navalny: the year he founded his Anti-Corruption Foundation, its day not known
    ("Alexei Navalny", "RUS", "s", [(20110101, 20240216, "RUS", "OPP")], ["Alexey Navalny"]),
    (
        "Viktor Yanukovych",
        "UKR",
        "s",
        [(20021121, 20050105), (20060804, 20071218), (20100225, 20140222)],
        ["Viktor Yanukovich"],
    ),
    ("Yulia Tymoshenko", "UKR", "s", [(20071218, 20100304)], ["Yuliya Tymoshenko"]),
    ("Petro Poroshenko", "UKR", "s", [(20140607, 20190520)], []),
    ("Arseniy Yatsenyuk", "UKR", "s", [(20140227, 20160414)], ["Arseny Yatsenyuk"]),
    ("Volodymyr Groysman", "UKR", "s", [(20160414, 20190829)], []),
    (
        "Volodymyr Zelensky",
        "UKR",
        "s",
        [(20190520, None)],
        ["Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Volodymyr Zelenski"],
    ),
    ("Denys Shmyhal", "UKR", "s", [(20200304, HELD)], ["Denys Shmygal"]),  # held on HELD
    ("Yulia Svyrydenko", "UKR", "s", [(20211104, HELD)], []),  # held on HELD
    ("Pavlo Klimkin", "UKR", "s", [(20140619, 20190829)], []),
    ("Dmytro Kuleba", "UKR", "s", [(20190829, 20240905)], ["Dmitry Kuleba"]),
    ("Andrii Sybiha", "UKR", "s", [(20240905, HELD)], ["Andriy Sybiha"]),  # held on HELD
    ("Oleksii Reznikov", "UKR", "s", [(20211104, 20230906)], ["Oleksiy Reznikov"]),
    ("Rustem Umerov", "UKR", "s", [(20230906, HELD)], []),  # held on HELD
    ("Valerii Zaluzhnyi", "UKR", "s", [(20210727, 20240208, "UKR", "MIL")], ["Valery Zaluzhny"]),
    ("Oleksandr Syrskyi", "UKR", "s", [(20240208, HELD, "UKR", "MIL")], ["Oleksandr Syrsky"]),
    (
        "Alexander Lukashenko",
        "BLR",
        "s",
        [(19940720, None)],
        ["Alyaksandr Lukashenka", "Aleksandr Lukashenko", "Alexander Lukashenka"],
    ),
    (
        "Sviatlana Tsikhanouskaya",
        "BLR",
        "s",
        [(20200809, None, "BLR", "OPP")],
        ["Svetlana Tikhanovskaya"],
    ),
    # POL, ROU, NLD, BEL, SWE, CZE, GRC, PRT, HUN
    (
        "Donald Tusk",
        "POL",
        "s",
        [(20071116, 20140922), (20141201, 20191130, "EUCO"), (20231213, None)],
        [],
    ),
    ("Ewa Kopacz", "POL", "s", [(20140922, 20151116)], []),
    ("Beata Szydlo", "POL", "s", [(20151116, 20171211)], ["Beata Szydło"]),
    ("Mateusz Morawiecki", "POL", "s", [(20151116, 20231213)], []),
    ("Bronislaw Komorowski", "POL", "s", [(20100410, 20150806)], ["Bronisław Komorowski"]),
    ("Andrzej Duda", "POL", "s", [(20150806, 20250806)], []),
    ("Karol Nawrocki", "POL", "s", [(20250806, None)], []),
    (
        "Radoslaw Sikorski",
        "POL",
        "s",
        [(20071116, 20140922), (20231213, None)],
        ["Radosław Sikorski", "Radek Sikorski"],
    ),
    ("Grzegorz Schetyna", "POL", "s", [(20140922, 20151116)], []),
    ("Witold Waszczykowski", "POL", "s", [(20151116, 20180109)], []),
    ("Zbigniew Rau", "POL", "d", [(20200826, 20231127)], []),
    ("Jaroslaw Kaczynski", "POL", "", [(20060714, 20071116)], ["Jarosław Kaczyński"]),
    ("Traian Basescu", "ROU", "s", [(20041220, 20141221)], ["Traian Băsescu"]),
    ("Klaus Iohannis", "ROU", "s", [(20141221, 20250212)], ["Klaus Johannis"]),
    ("Nicusor Dan", "ROU", "", [(20250526, None)], ["Nicușor Dan"]),
    ("Mark Rutte", "NLD", "s", [(20101014, 20240702), (20241001, None, "NATO")], []),
    ("Dick Schoof", "NLD", "d", [(20240702, HELD)], []),  # held on HELD (caretaker after 2025-10)
    ("Wopke Hoekstra", "NLD", "s", [(20171026, 20230905), (20231009, None, "EC")], []),
    ("Charles Michel", "BEL", "", [(20141011, 20191027), (20191201, 20241130, "EUCO")], []),
    ("Alexander De Croo", "BEL", "s", [(20201001, 20250203)], []),
    ("Bart De Wever", "BEL", "s", [(20250203, None)], []),
    ("Fredrik Reinfeldt", "SWE", "s", [(20061006, 20141003)], []),
    ("Stefan Lofven", "SWE", "s", [(20141003, 20211130)], ["Stefan Löfven"]),
    ("Magdalena Andersson", "SWE", "", [(20211130, 20221018)], []),
    ("Ulf Kristersson", "SWE", "s", [(20221018, HELD)], []),  # held on HELD (election 2026-09)
    ("Andrej Babis", "CZE", "s", [(20171206, 20211217)], ["Andrej Babiš"]),
    ("Petr Fiala", "CZE", "s", [(20211217, HELD)], []),  # held on HELD (election 2025-10)
    ("Milos Zeman", "CZE", "s", [(20130308, 20230308)], ["Miloš Zeman"]),
    ("Petr Pavel", "CZE", "", [(20230309, None)], []),
    ("George Papandreou", "GRC", "", [(20091006, 20111111)], []),
    ("Antonis Samaras", "GRC", "s", [(20120620, 20150126)], []),
    ("Alexis Tsipras", "GRC", "s", [(20150126, 20150827), (20150921, 20190708)], []),
    (
        "Kyriakos Mitsotakis",
        "GRC",
        "s",
        [(20190708, 20230525), (20230626, None)],
        [],
    ),
    ("Pedro Passos Coelho", "PRT", "s", [(20110621, 20151126)], []),
    (
        "Antonio Costa",
        "PRT",
        "",
        [(20151126, 20240402), (20241201, None, "EUCO")],
        ["António Costa"],
    ),
    ("Marcelo Rebelo de Sousa", "PRT", "s", [(20160309, 20260309)], []),
    ("Luis Montenegro", "PRT", "", [(20240402, None)], ["Luís Montenegro"]),
    (
        "Viktor Orban",
        "HUN",
        "s",
        [(19980706, 20020527), (20100529, HELD)],
        ["Viktor Orbán"],
    ),  # held on HELD (election 2026-04)
    ("Peter Szijjarto", "HUN", "s", [(20140923, HELD)], ["Péter Szijjártó"]),  # held on HELD
    ("Katalin Novak", "HUN", "", [(20220510, 20240226)], ["Katalin Novák"]),
    # Much-reported smaller states of Europe
    ("Kaja Kallas", "EST", "s", [(20210126, 20240715), (20241201, None, "EU")], []),
    ("Alexander Stubb", "FIN", "s", [(20140624, 20150529), (20240301, None)], []),
    ("Sanna Marin", "FIN", "s", [(20191210, 20230620)], []),
    ("Mette Frederiksen", "DNK", "s", [(20190627, HELD)], []),  # held on HELD
    ("Jonas Gahr Støre", "NOR", "s", [(20051017, 20131016), (20211014, None)], []),
    ("Aleksandar Vucic", "SRB", "s", [(20140427, None)], ["Aleksandar Vučić"]),
    ("Robert Fico", "SVK", "s", [(20060704, 20100708), (20120404, 20180322), (20231025, None)], []),
    ("Nikol Pashinyan", "ARM", "s", [(20180508, HELD)], []),  # held on HELD
    ("Ilham Aliyev", "AZE", "s", [(20031031, None)], []),
    # Americas
    ("Felipe Calderon", "MEX", "s", [(20061201, 20121130)], ["Felipe Calderón"]),
    ("Enrique Pena Nieto", "MEX", "s", [(20121201, 20181130)], ["Enrique Peña Nieto"]),
    (
        "Andres Manuel Lopez Obrador",
        "MEX",
        "s",
        [(20181201, 20240930)],
        ["Andrés Manuel López Obrador"],
    ),
    ("Claudia Sheinbaum", "MEX", "s", [(20241001, None)], []),
    ("Marcelo Ebrard", "MEX", "s", [(20181201, 20230612), (20241001, None)], []),
    ("Dilma Rousseff", "BRA", "s", [(20110101, 20160831)], []),
    ("Michel Temer", "BRA", "s", [(20110101, 20181231)], []),
    ("Jair Bolsonaro", "BRA", "s", [(20190101, 20221231)], []),
    (
        "Luiz Inacio Lula da Silva",
        "BRA",
        "s",
        [(20030101, 20101231), (20230101, None)],
        ["Luiz Inácio Lula da Silva", "Lula da Silva"],
    ),
    ("Mauro Vieira", "BRA", "", [(20150101, 20160512), (20230101, None)], []),
    ("Juan Manuel Santos", "COL", "", [(20100807, 20180807)], []),
    ("Ivan Duque", "COL", "s", [(20180807, 20220807)], ["Iván Duque", "Ivan Duque Marquez"]),
    ("Gustavo Petro", "COL", "s", [(20220807, 20260807)], []),
    (
        "Cristina Fernandez de Kirchner",
        "ARG",
        "",
        [(20071210, 20151210), (20191210, 20231210)],
        ["Cristina Fernández de Kirchner", "Cristina Kirchner"],
    ),
    ("Mauricio Macri", "ARG", "s", [(20151210, 20191210)], []),
    ("Alberto Fernandez", "ARG", "", [(20191210, 20231210)], ["Alberto Fernández"]),
    ("Javier Milei", "ARG", "s", [(20231210, None)], []),
    ("Ollanta Humala", "PER", "s", [(20110728, 20160728)], []),
    ("Pedro Pablo Kuczynski", "PER", "s", [(20160728, 20180323)], []),
    ("Martin Vizcarra", "PER", "s", [(20180323, 20201110)], ["Martín Vizcarra"]),
    ("Pedro Castillo", "PER", "", [(20210728, 20221207)], []),
    ("Dina Boluarte", "PER", "s", [(20210728, 20251010)], []),
    ("Nicolas Maduro", "VEN", "s", [(20130305, HELD)], ["Nicolás Maduro"]),  # held on HELD
    ("Juan Guaido", "VEN", "s", [(20190105, 20221230, "VEN", "OPP")], ["Juan Guaidó"]),
    (
        "Sebastian Pinera",
        "CHL",
        "s",
        [(20100311, 20140311), (20180311, 20220311)],
        ["Sebastián Piñera"],
    ),
    (
        "Michelle Bachelet",
        "CHL",
        "s",
        [(20060311, 20100311), (20140311, 20180311), (20180901, 20220831, "UN")],
        [],
    ),
    ("Gabriel Boric", "CHL", "s", [(20220311, 20260311)], []),
    ("Rafael Correa", "ECU", "s", [(20070115, 20170524)], []),
    ("Lenin Moreno", "ECU", "", [(20170524, 20210524)], ["Lenín Moreno"]),
    ("Guillermo Lasso", "ECU", "s", [(20210524, 20231123)], []),
    ("Daniel Noboa", "ECU", "s", [(20231123, None)], []),
    ("Alejandro Giammattei", "GTM", "s", [(20200114, 20240114)], []),
    ("Bernardo Arevalo", "GTM", "s", [(20240115, None)], ["Bernardo Arévalo"]),
    ("Evo Morales", "BOL", "d", [(20060122, 20191110)], []),
    ("Jeanine Anez", "BOL", "s", [(20191112, 20201108)], ["Jeanine Áñez"]),
    ("Luis Arce", "BOL", "d", [(20201108, 20251108)], []),
    ("Rodrigo Paz", "BOL", "", [(20251108, None)], ["Rodrigo Paz Pereira"]),
    ("Raul Castro", "CUB", "", [(20080224, 20210419)], ["Raúl Castro"]),
    ("Miguel Diaz-Canel", "CUB", "s", [(20180419, None)], ["Miguel Díaz-Canel"]),
    ("Jovenel Moise", "HTI", "s", [(20170207, 20210707)], ["Jovenel Moïse"]),
    # Africa
    ("Goodluck Jonathan", "NGA", "", [(20100506, 20150529)], []),
    ("Muhammadu Buhari", "NGA", "s", [(20150529, 20230529)], []),
    ("Bola Tinubu", "NGA", "s", [(20230529, None)], ["Bola Ahmed Tinubu"]),
    ("Hailemariam Desalegn", "ETH", "s", [(20120820, 20180402)], []),
    ("Abiy Ahmed", "ETH", "s", [(20180402, None)], ["Abiy Ahmed Ali"]),
    ("Joseph Kabila", "COD", "s", [(20010126, 20190124)], []),
    ("Felix Tshisekedi", "COD", "s", [(20190124, None)], ["Félix Tshisekedi"]),
    ("Jakaya Kikwete", "TZA", "s", [(20051221, 20151105)], []),
    ("John Magufuli", "TZA", "s", [(20151105, 20210317)], ["John Pombe Magufuli"]),
    ("Samia Suluhu Hassan", "TZA", "", [(20151105, None)], []),
    ("Jacob Zuma", "ZAF", "s", [(20090509, 20180214)], []),
    ("Cyril Ramaphosa", "ZAF", "s", [(20140526, None)], []),
    ("Naledi Pandor", "ZAF", "s", [(20190530, 20240619)], []),
    ("Uhuru Kenyatta", "KEN", "d", [(20130409, 20220913)], []),
    ("William Ruto", "KEN", "s", [(20130409, None)], []),
    ("Raila Odinga", "KEN", "s", [(20080417, 20130409)], []),
    (
        "Omar al-Bashir",
        "SDN",
        "d",
        [(19890630, 20190411)],
        ["Omar Hassan al-Bashir", "Omar Hassan Ahmad al-Bashir"],
    ),
    ("Abdel Fattah al-Burhan", "SDN", "s", [(20190412, None)], []),
    (
        "Abdalla Hamdok",
        "SDN",
        "s",
        [(20190821, 20211025), (20211121, 20220102)],
        ["Abdallah Hamdok"],
    ),
    (
        "Mohamed Hamdan Dagalo",
        "SDN",
        "s",
        [(20190821, 20230519)],
        [],
    ),
    ("Abdelaziz Bouteflika", "DZA", "s", [(19990427, 20190402)], []),
    ("Abdelmadjid Tebboune", "DZA", "s", [(20191219, None)], []),
    ("Joao Lourenco", "AGO", "s", [(20170926, None)], ["João Lourenço"]),
    ("John Mahama", "GHA", "s", [(20120724, 20170107), (20250107, None)], ["John Dramani Mahama"]),
    ("Nana Akufo-Addo", "GHA", "s", [(20170107, 20250107)], []),
    ("Filipe Nyusi", "MOZ", "s", [(20150115, 20250115)], []),
    ("Daniel Chapo", "MOZ", "s", [(20250115, None)], []),
    ("Andry Rajoelina", "MDG", "s", [(20090317, 20140125), (20190119, 20251014)], []),
    ("Laurent Gbagbo", "CIV", "s", [(20001026, 20110411)], []),
    ("Alassane Ouattara", "CIV", "s", [(20110506, None)], []),
    ("Mahamadou Issoufou", "NER", "s", [(20110407, 20210402)], []),
    ("Mohamed Bazoum", "NER", "s", [(20210402, 20230726)], []),
    ("Abdourahamane Tchiani", "NER", "s", [(20230726, None)], ["Abdourahmane Tchiani"]),
    ("Blaise Compaore", "BFA", "s", [(19871015, 20141031)], ["Blaise Compaoré"]),
    ("Roch Marc Christian Kabore", "BFA", "s", [(20151229, 20220124)], ["Roch Kaboré"]),
    ("Paul-Henri Sandaogo Damiba", "BFA", "s", [(20220124, 20220930)], []),
    ("Ibrahim Traore", "BFA", "", [(20220930, None)], ["Ibrahim Traoré"]),
    ("Ibrahim Boubacar Keita", "MLI", "d", [(20130904, 20200818)], ["Ibrahim Boubacar Keïta"]),
    ("Assimi Goita", "MLI", "s", [(20200818, None)], ["Assimi Goïta"]),
    ("Edgar Lungu", "ZMB", "s", [(20150125, 20210824)], []),
    ("Hakainde Hichilema", "ZMB", "s", [(20210824, HELD)], []),  # held on HELD (election 2026-08)
    ("Lazarus Chakwera", "MWI", "s", [(20200628, 20251004)], []),
    ("Peter Mutharika", "MWI", "d", [(20140531, 20200628), (20251004, None)], []),
    ("Idriss Deby", "TCD", "d", [(19901202, 20210420)], ["Idriss Déby"]),
    ("Mahamat Deby", "TCD", "d", [(20210420, None)], ["Mahamat Déby", "Mahamat Idriss Deby"]),
    ("Hassan Sheikh Mohamud", "SOM", "", [(20120916, 20170216), (20220615, HELD)], []),
    (
        "Mohamed Abdullahi Farmaajo",
        "SOM",
        "s",
        [(20170216, 20220615)],
        ["Mohamed Abdullahi Mohamed"],
    ),
    ("Macky Sall", "SEN", "s", [(20120402, 20240402)], []),
    ("Bassirou Diomaye Faye", "SEN", "s", [(20240402, None)], []),
    ("Ousmane Sonko", "SEN", "s", [(20240402, None)], []),
    ("Emmerson Mnangagwa", "ZWE", "s", [(20141212, 20171106), (20171124, None)], []),
    ("Alpha Conde", "GIN", "s", [(20101221, 20210905)], ["Alpha Condé"]),
    ("Mamady Doumbouya", "GIN", "s", [(20210905, None)], []),
    ("Beji Caid Essebsi", "TUN", "s", [(20141231, 20190725)], ["Béji Caïd Essebsi"]),
    ("Kais Saied", "TUN", "s", [(20191023, None)], ["Kaïs Saïed"]),
    ("Salva Kiir", "SSD", "s", [(20110709, None)], ["Salva Kiir Mayardit"]),
    ("Khalifa Haftar", "LBY", "s", [(20150302, None, "LBY", "MIL")], ["Khalifa Hifter"]),
    ("Mohamed Morsi", "EGY", "s", [(20120630, 20130703)], ["Mohammed Morsi"]),
    (
        "Abdel Fattah el-Sisi",
        "EGY",
        "s",
        [(20120812, 20140326), (20140608, None)],
        ["Abdel Fattah al-Sisi", "Abdel-Fattah el-Sissi", "Abdel Fattah el-Sissi"],
    ),
    ("Sameh Shoukry", "EGY", "s", [(20140617, 20240703)], []),
    ("Badr Abdelatty", "EGY", "s", [(20240703, None)], []),
    ("Shavkat Mirziyoyev", "UZB", "s", [(20031212, None)], []),
    # International organisations
    ("Ban Ki-moon", "UN", "", [(20070101, 20161231)], ["Ban Ki Moon"]),
    (
        "Antonio Guterres",
        "UN",
        "s",
        [(19951028, 20020406, "PRT"), (20050615, 20151231, "UNHCR"), (20170101, None)],
        ["António Guterres"],
    ),
    ("Anders Fogh Rasmussen", "NATO", "", [(20011127, 20090405, "DNK"), (20090801, 20140930)], []),
    (
        "Jens Stoltenberg",
        "NATO",
        "d",
        [(20051017, 20131016, "NOR"), (20141001, 20240930), (20250204, None, "NOR")],
        [],
    ),
    (
        "Jose Manuel Barroso",
        "EC",
        "s",
        [(20041122, 20141031)],
        ["José Manuel Barroso", "José Manuel Durão Barroso"],
    ),
    ("Jean-Claude Juncker", "EC", "s", [(19950120, 20131204, "LUX"), (20141101, 20191130)], []),
    (
        "Ursula von der Leyen",
        "EC",
        "s",
        [(20131217, 20190717, "DEU"), (20191201, None)],
        [],
    ),
    ("Herman Van Rompuy", "EUCO", "s", [(20081230, 20091125, "BEL"), (20091201, 20141130)], []),
    ("Catherine Ashton", "EU", "s", [(20091201, 20141031)], []),
    ("Federica Mogherini", "EU", "s", [(20140222, 20141031, "ITA"), (20141101, 20191130)], []),
    ("Dominique Strauss-Kahn", "IMF", "s", [(20071101, 20110518)], []),
    (
        "Christine Lagarde",
        "IMF",
        "s",
        [(20070619, 20110629, "FRA"), (20110705, 20190912), (20191101, None, "ECB")],
        [],
    ),
    ("Kristalina Georgieva", "IMF", "s", [(20170102, 20190930, "WB"), (20191001, None)], []),
    ("Robert Zoellick", "WB", "s", [(20070701, 20120630)], ["Robert B. Zoellick"]),
    ("Jim Yong Kim", "WB", "", [(20120701, 20190201)], []),
    ("David Malpass", "WB", "s", [(20190409, 20230601)], []),
    ("Ajay Banga", "WB", "s", [(20230602, None)], []),
    ("Margaret Chan", "WHO", "", [(20070104, 20170630)], []),
    (
        "Tedros Adhanom Ghebreyesus",
        "WHO",
        "s",
        [(20051017, 20161101, "ETH"), (20170701, None)],
        ["Tedros Adhanom"],
    ),
    ("Pascal Lamy", "WTO", "s", [(20050901, 20130831)], []),
    ("Roberto Azevedo", "WTO", "s", [(20130901, 20200831)], ["Roberto Azevêdo"]),
    (
        "Ngozi Okonjo-Iweala",
        "WTO",
        "s",
        [(20110817, 20150529, "NGA"), (20210301, None)],
        [],
    ),
    ("Yukiya Amano", "IAEA", "s", [(20091201, 20190718)], []),
    ("Rafael Grossi", "IAEA", "s", [(20191203, None)], ["Rafael Mariano Grossi"]),
    ("Moussa Faki", "AU", "s", [(20170314, 20250215)], ["Moussa Faki Mahamat"]),
]

# Surname forms other than the name's last word (or first, for FAMILY_FIRST): particles,
# names known by a given name (Thai, Malay, Ethiopian, Indonesian usage) and spellings.
SURNAMES: dict[str, list[str]] = {
    "Andres Manuel Lopez Obrador": ["Lopez Obrador", "López Obrador"],
    "Enrique Pena Nieto": ["Pena Nieto", "Peña Nieto"],
    "Luiz Inacio Lula da Silva": ["Lula"],
    "Marcelo Rebelo de Sousa": ["Rebelo de Sousa"],
    "Pedro Passos Coelho": ["Passos Coelho"],
    "Ursula von der Leyen": ["Von der Leyen", "von der Leyen"],
    "Herman Van Rompuy": ["Van Rompuy"],
    "Alexander De Croo": ["De Croo"],
    "Bart De Wever": ["De Wever"],
    "Jose Luis Rodriguez Zapatero": ["Zapatero"],
    "Abdel Fattah el-Sisi": ["Sisi", "el-Sisi", "al-Sisi", "Sissi"],
    "Abdel Fattah al-Burhan": ["Burhan", "al-Burhan"],
    "Bashar al-Assad": ["Assad", "al-Assad"],
    "Ahmed al-Sharaa": ["Sharaa", "al-Sharaa"],
    "Haider al-Abadi": ["Abadi", "al-Abadi"],
    "Mustafa al-Kadhimi": ["Kadhimi", "al-Kadhimi"],
    "Mohammed Shia al-Sudani": ["Sudani", "al-Sudani"],
    "Asaad al-Shaibani": ["Shaibani", "al-Shaibani"],
    "Adel al-Jubeir": ["Jubeir", "al-Jubeir"],
    "Omar al-Bashir": ["Bashir", "al-Bashir"],
    "Mohamed Hamdan Dagalo": ["Dagalo", "Hemedti"],
    "Hossein Amir-Abdollahian": ["Amir-Abdollahian", "Amirabdollahian"],
    "Mohammad Javad Zarif": ["Zarif"],
    "Abiy Ahmed": ["Abiy"],
    "Hailemariam Desalegn": ["Hailemariam"],
    "Tedros Adhanom Ghebreyesus": ["Tedros"],
    "Sheikh Hasina": ["Hasina"],
    "Aung San Suu Kyi": ["Suu Kyi"],
    "Min Aung Hlaing": ["Min Aung Hlaing"],
    "Yingluck Shinawatra": ["Yingluck"],
    "Prayut Chan-o-cha": ["Prayut", "Prayuth"],
    "Srettha Thavisin": ["Srettha"],
    "Paetongtarn Shinawatra": ["Paetongtarn"],
    "Anutin Charnvirakul": ["Anutin"],
    "Najib Razak": ["Najib"],
    "Mahathir Mohamad": ["Mahathir"],
    "Muhyiddin Yassin": ["Muhyiddin"],
    "Anwar Ibrahim": ["Anwar"],
    "Prabowo Subianto": ["Prabowo"],
    "Joko Widodo": ["Widodo", "Jokowi"],
    "Anura Kumara Dissanayake": ["Dissanayake"],
    "Mohamed Abdullahi Farmaajo": ["Farmaajo", "Farmajo"],
    "Bassirou Diomaye Faye": ["Diomaye Faye"],
    "Volodymyr Zelensky": ["Zelensky", "Zelenskyy", "Zelenskiy"],
    "Alexander Lukashenko": ["Lukashenko", "Lukashenka"],
    "Sviatlana Tsikhanouskaya": ["Tsikhanouskaya", "Tikhanovskaya"],
    "Miguel Diaz-Canel": ["Diaz-Canel", "Díaz-Canel"],
    "Ferdinand Marcos Jr.": ["Marcos"],
    "Benigno Aquino III": ["Aquino"],
    "Roch Marc Christian Kabore": ["Kabore", "Kaboré"],
    "Paul-Henri Sandaogo Damiba": ["Damiba"],
    "Jean-Marc Ayrault": ["Ayrault"],
    "Nana Akufo-Addo": ["Akufo-Addo"],
    "Ngozi Okonjo-Iweala": ["Okonjo-Iweala"],
    "Dominique Strauss-Kahn": ["Strauss-Kahn"],
    "Ali Khamenei": ["Khamenei"],
    "Kyriakos Mitsotakis": ["Mitsotakis"],
    "Carrie Lam": ["Lam"],
}


# Letters NFKD does not decompose into a base letter and an accent.
PLAIN = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae", "đ": "d"})


def ascii_form(name: str) -> str:
    """The name without accents ("Orbán" → "Orban", "Støre" → "Store")."""
    plain = unicodedata.normalize("NFKD", name.translate(PLAIN))
    return plain.encode("ascii", "ignore").decode()


def fold(name: str) -> str:
    """A name without accents, hyphens and case, to find the same person in Phoenix."""
    return " ".join(ascii_form(name).replace("-", " ").replace(".", " ").lower().split())


def surnames_of(name: str, country: str) -> list[str]:
    """The forms of the row's surname: SURNAMES, else the family name by the country's order."""
    if name in SURNAMES:
        return SURNAMES[name]
    words = name.split()
    return [words[0] if country in FAMILY_FIRST else words[-1]]


def forms(name: str, country: str, aliases: list[str]) -> list[str]:
    """The row's names: its own, its aliases, their forms without accents and, for names
    written family name first, with spaces for hyphens ("Kim Jong-un" → "Kim Jong Un")."""
    out: list[str] = []
    for n in [name, *aliases]:
        variants = [n, ascii_form(n)]
        if country in FAMILY_FIRST and "-" in n:
            variants.append(n.replace("-", " "))
        out.extend(v for v in variants if v not in out)
    return out


def roles_of(country: str, roles: list[Role]) -> list[dict]:
    """The row's dated roles (GOV unless it says otherwise)."""
    out = []
    for r in roles:
        f, t = r[0], r[1]
        where = r[2] if len(r) > 2 else country
        role = r[3] if len(r) > 3 else "GOV"
        out.append({"country": where, "role": role, "from": f, **({"to": t} if t else {})})
    return out


def entry(name: str, country: str, rule: str, roles: list[Role], aliases: list[str]) -> dict:
    """One gazetteer person entry (without the Phoenix merge)."""
    e: dict = {
        "id": name,
        "name": name,
        "kind": "person",
        "country": country,
        "aliases": forms(name, country, aliases),
        "roles": roles_of(country, roles),
    }
    # A "d" row holding an office today names its holder also without a date (today's world).
    if rule == "d" and any(r[1] is None for r in roles):
        rule = "s"
    if rule == "s":
        e["surnames"] = surnames_of(name, country)
    elif rule == "d":
        e["surnames_dated"] = surnames_of(name, country)
    return e


def phoenix_index() -> tuple[dict[str, set[str]], dict[str, dict]]:
    """The Phoenix persons by folded name, and by id."""
    by_id: dict[str, dict] = {}
    by_name: dict[str, set[str]] = {}
    for e in json.loads(PHOENIX.read_text())["entries"]:
        if e["kind"] != "person":
            continue
        by_id[e["id"]] = e
        for n in [e["name"], *e.get("aliases", [])]:
            by_name.setdefault(fold(n), set()).add(e["id"])
    return by_name, by_id


def merge_phoenix(e: dict, by_name: dict[str, set[str]], by_id: dict[str, dict]) -> list[dict]:
    """Our entry replaces the Phoenix records of the person (those sharing one of its names):
    it takes their aliases and the roles that ended before our first. Returns a placeholder
    for each: an entry of that id (ids are unique, so Phoenix's is dropped) whose one alias
    our entry claims first, without roles or surnames, so that it never names anyone."""
    ids = sorted({i for n in e["aliases"] for i in by_name.get(fold(n), ())} - {e["id"]})
    first = min(r["from"] for r in e["roles"])
    same = [e["id"]] if e["id"] in by_id else []  # the same id: replaced without a placeholder
    for pid in [*same, *ids]:
        old = by_id[pid]
        e["aliases"] += [a for a in [old["name"], *old.get("aliases", [])] if a not in e["aliases"]]
        earlier = [r for r in old.get("roles", []) if "to" in r and r["to"] <= first]
        e["roles"] = [*earlier, *(r for r in e["roles"] if r not in earlier)]
    place = {"kind": "person", "country": e["country"]}
    return [{"id": i, "name": i, **place, "aliases": [i]} for i in ids]


def report_shared_surnames(entries: list[dict], replaced: set[str], by_id: dict[str, dict]) -> None:
    """Prints the Phoenix persons left beside ours that list one of our surnames."""
    ours: dict[str, list[str]] = {}
    for e in entries:
        for s in e.get("surnames", []) + e.get("surnames_dated", []):
            ours.setdefault(s, []).append(e["id"])
    for pid, p in by_id.items():
        if pid in replaced:
            continue
        for s in p.get("surnames", []) + p.get("surnames_dated", []):
            if s in ours:
                print(f"  surname {s!r}: ours {ours[s]}, Phoenix {pid!r}")
    for s, ids in ours.items():
        if len(ids) > 1:
            print(f"  surname {s!r} listed by {ids}")


def main() -> None:
    by_name, by_id = phoenix_index()
    entries = [entry(*r) for r in ROWS]
    placeholders = [p for e in entries for p in merge_phoenix(e, by_name, by_id)]
    ids = [e["id"] for e in entries + placeholders]
    assert len(ids) == len(set(ids)), "a person listed twice"
    replaced = {i for i in ids if i in by_id}  # placeholders and ids we share
    report_shared_surnames(entries, replaced, by_id)
    data = {
        "version": 1,
        "source": "hand-curated by the stancemap authors (tools/leaders/make_leaders.py);"
        " see GAZETTEER.md",
        "entries": entries + placeholders,
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    print(f"{OUT.name}: {len(entries)} persons; {len(replaced)} Phoenix records replaced")


if __name__ == "__main__":
    main()
