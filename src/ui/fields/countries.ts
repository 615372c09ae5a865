/** A country (or region) of the phone picker. */
export interface Country {
  /** ISO 3166-1 alpha-2 code, e.g. "FR": the picker shows its name in the screens' language. */
  code: string;
  /** The calling code without "+", e.g. "33"; "1268" for Antigua and Barbuda (+1 268). */
  dial: string;
  /** A name of the app's own, instead of the language's name for `code`. */
  name?: string;
  /** Its national numbers keep their leading 0 (Italy, Côte d’Ivoire): it is not dropped as a trunk prefix. */
  keepZero?: boolean;
}

/**
 * code + calling code ("!" = keeps the leading 0). Where regions share a calling code, the one a
 * pasted number goes to (unless another of them is chosen) comes first: US before CA, GB before
 * GG, RU before KZ, …
 */
const TABLE =
  "US1 GB44 RU7 NO47 AU61 FI358 IT39! RE262 GP590 CW599 MA212 SH290 " +
  "AF93 AX358 AL355 DZ213 AS1684 AD376 AO244 AI1264 AG1268 AR54 AM374 AW297 AC247 AT43 AZ994 BS1242 BH973 BD880 " +
  "BB1246 BY375 BE32 BZ501 BJ229 BM1441 BT975 BO591 BQ599 BA387 BW267 BR55 IO246 VG1284 BN673 BG359 BF226 BI257 " +
  "KH855 CM237 CA1 CV238 KY1345 CF236 TD235 CL56 CN86 CX61 CC61 CO57 KM269 CG242 CD243 CK682 CR506 CI225! HR385 " +
  "CU53 CY357 CZ420 DK45 DJ253 DM1767 DO1809 EC593 EG20 SV503 GQ240 ER291 EE372 SZ268 ET251 FK500 FO298 FJ679 " +
  "FR33 GF594 PF689 GA241 GM220 GE995 DE49 GH233 GI350 GR30 GL299 GD1473 GU1671 GT502 GG441481 GN224 GW245 GY592 " +
  "HT509 HN504 HK852 HU36 IS354 IN91 ID62 IR98 IQ964 IE353 IM441624 IL972 JM1876 JP81 JE441534 JO962 KZ7 KE254 " +
  "KI686 XK383 KW965 KG996 LA856 LV371 LB961 LS266 LR231 LY218 LI423 LT370 LU352 MO853 MG261 MW265 MY60 MV960 " +
  "ML223 MT356 MH692 MQ596 MR222 MU230 YT262 MX52 FM691 MD373 MC377 MN976 ME382 MS1664 MZ258 MM95 NA264 NR674 " +
  "NP977 NL31 NC687 NZ64 NI505 NE227 NG234 NU683 NF672 KP850 MK389 MP1670 OM968 PK92 PW680 PS970 PA507 PG675 " +
  "PY595 PE51 PH63 PL48 PT351 PR1787 QA974 RO40 RW250 BL590 KN1869 LC1758 MF590 PM508 VC1784 WS685 SM378 ST239 " +
  "SA966 SN221 RS381 SC248 SL232 SG65 SX1721 SK421 SI386 SB677 SO252 ZA27 KR82 SS211 ES34 LK94 SD249 SR597 SJ47 " +
  "SE46 CH41 SY963 TW886 TJ992 TZ255 TH66 TL670 TG228 TK690 TO676 TT1868 TN216 TR90 TM993 TC1649 TV688 VI1340 " +
  "UG256 UA380 AE971 UY598 UZ998 VU678 VA39! VE58 VN84 WF681 EH212 YE967 ZM260 ZW263";

/**
 * Every country and region with its calling code (244), for `phoneNumbers()`: a module of its own,
 * so an app that does not ask for phone numbers with a country picker ships none of it.
 *
 * @example
 * phoneNumbers({ countries: COUNTRIES.filter((c) => ["FR", "BE", "CH", "LU"].includes(c.code)), defaultCountry: "FR" })
 */
export const COUNTRIES: readonly Country[] = /* @__PURE__ */ parse(TABLE);

function parse(table: string): Country[] {
  return table.split(" ").map((entry) => {
    const [, code = "", dial = "", zero] = /^([A-Z]{2})(\d+)(!?)$/.exec(entry)!;
    return zero ? { code, dial, keepZero: true } : { code, dial };
  });
}
