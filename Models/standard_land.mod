/* standard_land.mod — standard-land (标准地) assignment across parks.
   The same formulation `parkopt assign` builds in Swift
   (Sources/StandardLand/Formulation/StandardLandModel.swift), row for row and
   with the same names. Run it on data exported from a case folder:

     parkopt assign Examples/kunming --write-mathprog-data /tmp/kunming.dat
     glpsol -m Models/standard_land.mod -d /tmp/kunming.dat

   Eligibility (zoning, area, industry and the per-mu thresholds) is decided
   before the MIP; the exported PAIRS set holds the eligible pairs. Rows
   that can never bind (a single candidate per parcel or project, a share
   row with no diluting project, a land row with no new parcel) are left
   out, as in the Swift model. */

set PARKS;
set PARCELS;
set PROJECTS;
set PAIRS within PROJECTS cross PARCELS;   /* eligible project–parcel pairs */

param park{PARCELS} symbolic in PARKS;
param area_mu{PARCELS} > 0;
param is_new{PARCELS} binary;              /* 1 new land, 0 stock land */
param land_price_wan_per_mu{PARCELS} >= 0, default 0;

param tax_wan{PROJECTS} >= 0;
param revenue_wan{PROJECTS} >= 0;
param value_added_wan{PROJECTS} >= 0;
param jobs{PROJECTS} >= 0, default 0;
param energy_tce{PROJECTS} >= 0;
param carbon_t{PROJECTS} >= 0, default 0;
param must_place{PROJECTS} binary, default 0;
param leading{PROJECTS, PARKS} binary, default 0;  /* industry is leading in the park */

param energy_quota_tce{PARKS} >= 0;
param has_carbon_quota{PARKS} binary, default 0;
param carbon_quota_t{PARKS} >= 0, default 0;
param new_land_quota_mu{PARKS} >= 0;
param stock_link_ratio{PARKS} >= 0, default 0;
param min_leading_share{PARKS} >= 0, <= 1;
/* existing firms' revenue, 万元/year: of the park's leading (primary and
   potential) industries, and in all */
param existing_leading_wan{PARKS} >= 0, default 0;
param existing_revenue_wan{PARKS} >= 0, default 0;
/* where existing firms fall short of the minimum share: new projects' own
   share must reach it, or the park's share must not fall (scenario key
   leading_share_rule) */
param leading_share_rule symbolic in {'new_projects_reach_minimum', 'no_dilution'},
    default 'new_projects_reach_minimum';
/* E: existing leading revenue − minimum share × existing total */
param existing_surplus{k in PARKS} :=
    existing_leading_wan[k] - min_leading_share[k] * existing_revenue_wan[k];
/* f: the share new projects' revenue is weighed against; the existing
   firms' own share under no_dilution when they fall short */
param share_floor{k in PARKS} :=
    if leading_share_rule = 'no_dilution' and existing_revenue_wan[k] > 0 and existing_surplus[k] < 0
    then existing_leading_wan[k] / existing_revenue_wan[k] else min_leading_share[k];

/* objective weights (scenario) */
param w_tax, default 1;
param w_revenue, default 0;
param w_value_added, default 0;
param w_jobs, default 0;
param w_land_cost, default 0;

/* Quota relief (direct green power, 绿电直连; parkopt's QuotaRelief):
   options per (project, park, label), each taking tce and t CO2 off the
   park's quotas at a cost and using park resources. Absent from a .dat
   file: empty sets, the model without relief.
   With green power (Sources/Placement) the option (j, k, 'green_50') is
   green[j,k,l] of level l = 50 %: relief_energy_tce = min(green MWh ×
   relief factor, energy_tce) (0 when relief_applies_to is carbon),
   relief_carbon_t = min(green MWh × grid factor, carbon_t) (0 when it is
   energy), relief_cost = cost_weight × premium (万元/yr), relief_use of
   'green_land_mu' (ground PV + wind) and 'roof_mu' (rooftop PV), bounded
   per park by RELIEF_LIMITS (k, 'green_land_mu') and (k, 'roof_mu');
   RELIEF_REQUIRED: projects with green_power = required. */
set RELIEF dimen 3, default {} cross {} cross {};
set RELIEF_RESOURCES, default {};
set RELIEF_REQUIRED within PROJECTS, default {};  /* placed only with an option */
param relief_energy_tce{RELIEF} >= 0, default 0;
param relief_carbon_t{RELIEF} >= 0, default 0;
param relief_cost{RELIEF}, default 0;             /* already weighted; may be < 0 */
param relief_use{RELIEF, RELIEF_RESOURCES} >= 0, default 0;
set RELIEF_LIMITS dimen 2, default {} cross {};           /* (park, resource) */
param relief_limit_amount{RELIEF_LIMITS} >= 0;
/* options of eligible project–park pairs only */
set RELIEF_ON := setof{(j, k, o) in RELIEF: exists{(j, p) in PAIRS} park[p] = k} (j, k, o);
set RELIEF_GROUPS := setof{(j, k, o) in RELIEF_ON} (j, k)
    union setof{j in RELIEF_REQUIRED, (j, p) in PAIRS} (j, park[p]);

var assign{PAIRS} binary;
var relief{RELIEF_ON} binary;

/* 选园区: where a project has two or more eligible parcels in a park, its
   park choice in_park[j,k] = the sum of its assign[j,p] there. It leaves the
   LP relaxation unchanged; parkopt decides parks first and parcels second
   (Sources/StandardLand/Search/ParkFirstSearch.swift), glpsol simply
   branches on both. */
set CHOICES := setof{(j, p) in PAIRS:
    card({(j2, q) in PAIRS: j2 = j and park[q] = park[p]}) > 1} (j, park[p]);
var in_park{CHOICES} binary;

maximize total:
    sum{(j, p) in PAIRS} (w_tax * tax_wan[j] + w_revenue * revenue_wan[j]
        + w_value_added * value_added_wan[j] + w_jobs * jobs[j]
        - w_land_cost * land_price_wan_per_mu[p] * area_mu[p]) * assign[j, p]
    - sum{(j, k, o) in RELIEF_ON} relief_cost[j, k, o] * relief[j, k, o];

/* 每宗地至多一个项目 */
s.t. parcel_once{p in PARCELS: card({(j, p) in PAIRS}) > 1}:
    sum{(j, p) in PAIRS} assign[j, p] <= 1;

/* 每个项目至多一宗地; 必须落地的项目恰好一宗 */
s.t. project_once{j in PROJECTS: card({(j, p) in PAIRS}) > 1 or must_place[j] = 1}:
    must_place[j] <= sum{(j, p) in PAIRS} assign[j, p] <= 1;

/* 能耗指标 */
s.t. energy_quota{k in PARKS: card({(j, p) in PAIRS: park[p] = k}) > 0}:
    sum{(j, p) in PAIRS: park[p] = k} energy_tce[j] * assign[j, p]
    - sum{(j, k2, o) in RELIEF_ON: k2 = k} relief_energy_tce[j, k2, o] * relief[j, k2, o] <= energy_quota_tce[k];

/* 碳排放指标 (only parks that have one) */
s.t. carbon_quota{k in PARKS: has_carbon_quota[k] = 1 and card({(j, p) in PAIRS: park[p] = k}) > 0}:
    sum{(j, p) in PAIRS: park[p] = k} carbon_t[j] * assign[j, p]
    - sum{(j, k2, o) in RELIEF_ON: k2 = k} relief_carbon_t[j, k2, o] * relief[j, k2, o] <= carbon_quota_t[k];

/* 主导产业营收占比 ≥ 下限, existing firms included (E ≥ 0: the park's
   share ≥ the minimum); when they already fall short (E < 0), the new
   projects' own share ≥ the minimum (new_projects_reach_minimum) or ≥ the
   existing firms' share, so the park's share does not fall (no_dilution) */
s.t. leading_share{k in PARKS: exists{(j, p) in PAIRS: park[p] = k}
        (leading[j, k] - share_floor[k]) * revenue_wan[j] < 0}:
    sum{(j, p) in PAIRS: park[p] = k}
        (leading[j, k] - share_floor[k]) * revenue_wan[j] * assign[j, p]
    >= -max(existing_surplus[k], 0);

/* 增存挂钩: new land used ≤ quota + ratio × stock land used */
s.t. land_supply{k in PARKS: exists{(j, p) in PAIRS: park[p] = k} is_new[p] = 1}:
    sum{(j, p) in PAIRS: park[p] = k}
        (if is_new[p] = 1 then area_mu[p] else -stock_link_ratio[k] * area_mu[p]) * assign[j, p]
    <= new_land_quota_mu[k];

s.t. choose_park{(j, k) in CHOICES}:
    sum{(j, p) in PAIRS: park[p] = k} assign[j, p] - in_park[j, k] = 0;

/* at most one relief option per project and park, only with the park
   chosen (its in_park, or its only pair there); exactly one for a
   required project */
s.t. relief_once{(j, k) in RELIEF_GROUPS}:
    (if j in RELIEF_REQUIRED then 0 else -1) <=
    sum{(j, k, o) in RELIEF_ON} relief[j, k, o]
    - (if (j, k) in CHOICES then in_park[j, k] else sum{(j, p) in PAIRS: park[p] = k} assign[j, p]) <= 0;

/* park resources the relief options share (e.g. green land, mu) */
s.t. relief_limit{(k, r) in RELIEF_LIMITS:
        exists{(j, k2, o) in RELIEF_ON: k2 = k} relief_use[j, k2, o, r] != 0}:
    sum{(j, k2, o) in RELIEF_ON: k2 = k} relief_use[j, k2, o, r] * relief[j, k2, o] <= relief_limit_amount[k, r];

solve;

printf "Total objective: %.6f\n", total;
printf{(j, p) in PAIRS: assign[j, p] > 0.5} "  %s -> %s (%s)\n", j, p, park[p];
printf{(j, k, o) in RELIEF_ON: relief[j, k, o] > 0.5} "  %s relief %s in %s\n", j, o, k;

end;
