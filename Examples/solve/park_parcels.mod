/* park_parcels.mod — a small standard-land (标准地) assignment, for
   `parkopt solve`. ILLUSTRATIVE FIGURES ONLY: parks are named after
   Kunming parks (DOMAIN.md section 6); thresholds are in the ranges of
   published sale notices (research/land-policy.md section 1.3).

   Which project takes which parcel so that every parcel's control
   indicators hold (investment intensity and tax per mu, computed on the
   whole parcel), each park stays within its energy quota, and the annual
   tax of placed projects is largest. */

set PARKS;
set PARCELS;
set PROJECTS;

param park{PARCELS} symbolic in PARKS;
param area_mu{PARCELS} > 0;
param min_invest_per_mu{PARCELS} >= 0;   /* 万元/亩 */
param min_tax_per_mu{PARCELS} >= 0;      /* 万元/亩 per year */
param energy_quota_tce{PARKS} >= 0;      /* tce per year */

param investment{PROJECTS} >= 0;         /* 万元 */
param annual_tax{PROJECTS} >= 0;         /* 万元 per year */
param energy_tce{PROJECTS} >= 0;         /* tce per year */
param min_area_mu{PROJECTS} >= 0;
param max_area_mu{PROJECTS} >= 0;

/* A pair is eligible when the area fits and both per-mu indicators hold. */
set ELIGIBLE := setof{j in PROJECTS, p in PARCELS:
    area_mu[p] >= min_area_mu[j] and area_mu[p] <= max_area_mu[j]
    and investment[j] / area_mu[p] >= min_invest_per_mu[p]
    and annual_tax[j] / area_mu[p] >= min_tax_per_mu[p]} (j, p);

var assign{ELIGIBLE} binary;

maximize total_tax: sum{(j, p) in ELIGIBLE} annual_tax[j] * assign[j, p];

s.t. one_project_per_parcel{p in PARCELS}:
    sum{(j, p) in ELIGIBLE} assign[j, p] <= 1;

s.t. one_parcel_per_project{j in PROJECTS}:
    sum{(j, p) in ELIGIBLE} assign[j, p] <= 1;

s.t. energy_quota{k in PARKS}:
    sum{(j, p) in ELIGIBLE: park[p] = k} energy_tce[j] * assign[j, p]
    <= energy_quota_tce[k];

solve;

printf "Assignments (illustrative data)\n";
printf{(j, p) in ELIGIBLE: assign[j, p] > 0.5}
    "  %-22s -> %-8s in %-14s %6.1f mu, %7.1f 万元/亩 invested\n",
    j, p, park[p], area_mu[p], investment[j] / area_mu[p];
printf "Total annual tax: %.1f 万元\n", total_tax;

data;

set PARKS := Kunming_HiTech Kunming_ETDZ Anning;

param: PARCELS: park area_mu min_invest_per_mu min_tax_per_mu :=
  KH-01  Kunming_HiTech  45  300  20
  KH-02  Kunming_HiTech  80  300  20
  KH-03  Kunming_HiTech  30  300  15
  KE-01  Kunming_ETDZ    60  250  15
  KE-02  Kunming_ETDZ   120  250  12
  KE-03  Kunming_ETDZ    40  200  10
  AN-01  Anning         150  150   8
  AN-02  Anning         200  150   8 ;

param energy_quota_tce := Kunming_HiTech 20000 Kunming_ETDZ 30000 Anning 60000;

param: PROJECTS: investment annual_tax energy_tce min_area_mu max_area_mu :=
  rare_metal_materials   18000  1300   9000   40  90
  biomedicine_api        15000  1000   6000   30  60
  electronic_modules     24000  1800  12000   50 100
  cnc_machine_tools      20000  1500  14000   50 130
  auto_parts             30000  2000  16000   80 150
  green_food             6000    500   3000   30  50
  battery_cathode        45000  2600  40000  120 220
  petrochem_additives    28000  1700  35000  100 200
  packaging_paper        9000    420   5000   40  70 ;
end;
