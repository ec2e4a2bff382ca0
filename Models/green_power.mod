/* green_power.mod — green-power direct supply sizing (绿电直连, 以荷定源).
   The same formulation `parkopt size` builds in Swift
   (Sources/GreenPower/Model/SizingModel.swift), row for row and with the
   same names. Export a case and run it with glpsol:

     parkopt size Examples/kunming-greenpower --write-mathprog-data /tmp/gp.dat --hours 168
     glpsol -m Models/green_power.mod -d /tmp/gp.dat

   Units: MW, MWh, 万元 (10,000 yuan) per year. Prices in the data are
   already in 万元/MWh; the export price is already clipped to the import
   price of the same hour (so importing to export can never pay). */

param T integer > 0;                      /* hours */
set HOURS := 0..T-1;
param year_weight := 8760 / T;            /* a shorter horizon stands for a year */
param grid_charging binary, default 0;
set MONTHS;
param month{HOURS} in MONTHS;
param load{HOURS} >= 0;                   /* MW */
param price_import{HOURS} >= 0;           /* 万元/MWh */
param price_export{HOURS} >= 0;           /* 万元/MWh */

set CAP := {'pv_ground', 'pv_rooftop', 'wind', 'battery_mwh', 'battery_mw'};
set GEN := {'pv_ground', 'pv_rooftop', 'wind'};
param cf{GEN, HOURS} >= 0, <= 1, default 0;  /* capacity factor */
param capex{CAP} >= 0;                    /* 万元 per MW or MWh */
param fixed_om{CAP} >= 0;                 /* 万元 per MW or MWh per year */
param annuity{CAP} > 0;                   /* capital recovery factor */
param existing{CAP} >= 0, default 0;
param cap_min{CAP} >= 0, default 0;
param has_cap_max{CAP} binary, default 0;
param cap_max{CAP} >= 0, default 0;
param area_per_mw{GEN} >= 0, default 0;   /* mu per MW */
param has_area_limit{GEN} binary, default 0;
param area_limit{GEN} >= 0, default 0;    /* mu */
param has_ground_limit binary, default 0;
param ground_limit >= 0, default 0;       /* mu, ground PV + wind */

param eta_charge > 0, <= 1;
param eta_discharge > 0, <= 1;
param min_soc >= 0, < 1;
param has_import_limit binary;
param import_limit >= 0, default 0;
param has_export_limit binary;
param export_limit >= 0, default 0;
param allow_unserved binary, default 0;
param unserved_penalty >= 0, default 0;   /* 万元/MWh */
param demand_charge >= 0, default 0;      /* 万元 per MW per month */

param has_self_use binary, default 0;
param min_self_use_of_generation >= 0, <= 1, default 0;
param has_green_share binary, default 0;
param min_green_share_of_consumption >= 0, <= 1, default 0;
param has_export_share binary, default 0;
param max_export_of_generation >= 0, <= 1, default 0;

param flh{g in GEN} := sum{t in HOURS} cf[g, t];   /* full-load hours */
param total_load := sum{t in HOURS} load[t];
/* The objective's constant term: the capex annuity of existing capacity,
   already paid, is taken off (new capacity above it is what costs). */
param existing_capex_wan := sum{k in CAP} annuity[k] * capex[k] * existing[k];

var cap{k in CAP} >= max(cap_min[k], existing[k]),
  <= if has_cap_max[k] then cap_max[k] else 1e30;
var green{HOURS} >= 0;
var import{HOURS} >= 0, <= if has_import_limit then import_limit else 1e30;
var export{HOURS} >= 0, <= if has_export_limit then export_limit else 1e30;
var charge{HOURS} >= 0;
var discharge{HOURS} >= 0;
var soc{HOURS} >= 0;
var unserved{t in HOURS} >= 0, <= if allow_unserved then load[t] else 0;
var peak{MONTHS} >= 0;

minimize annual_cost_wan:
    sum{k in CAP} ((annuity[k] * capex[k] + fixed_om[k]) * cap[k] - annuity[k] * capex[k] * existing[k])
  + year_weight * sum{t in HOURS} (price_import[t] * import[t] - price_export[t] * export[t])
  + year_weight * sum{t in HOURS} unserved_penalty * unserved[t]
  + 12 / card(MONTHS) * sum{m in MONTHS} demand_charge * peak[m];

s.t. balance{t in HOURS}:
  green[t] + import[t] + discharge[t] - charge[t] - export[t] + unserved[t] = load[t];

s.t. available{t in HOURS}:
  green[t] <= sum{g in GEN} cf[g, t] * cap[g];

/* the battery and the export take green power only; with grid charging, export <= green */
s.t. green_only{t in HOURS}:
  (if grid_charging then 0 else charge[t]) + export[t]
  <= green[t] + (if grid_charging then 0 else discharge[t]);

s.t. soc_dynamics{t in HOURS}:
  soc[t] = soc[if t = 0 then T - 1 else t - 1] + eta_charge * charge[t] - discharge[t] / eta_discharge;

s.t. soc_max{t in HOURS}: soc[t] <= cap['battery_mwh'];
s.t. soc_min{t in HOURS: min_soc > 0}: soc[t] >= min_soc * cap['battery_mwh'];
s.t. charge_max{t in HOURS}: charge[t] <= cap['battery_mw'];
s.t. discharge_max{t in HOURS}: discharge[t] <= cap['battery_mw'];

s.t. peak_import{t in HOURS: demand_charge > 0}: import[t] <= peak[month[t]];

/* 自发自用电量 ≥ r × 总可用发电量 (available generation before curtailment) */
s.t. self_use_of_generation{i in 1..1: has_self_use}:
  sum{t in HOURS} (import[t] + unserved[t]) + sum{g in GEN} min_self_use_of_generation * flh[g] * cap[g]
  <= total_load;

/* 自发自用电量 ≥ r × 总用电量 (30 %, 35 % by 2030) */
s.t. green_share_of_consumption{i in 1..1: has_green_share}:
  sum{t in HOURS} (import[t] + unserved[t]) <= (1 - min_green_share_of_consumption) * total_load;

/* 上网电量 ≤ r × 总可用发电量 */
s.t. export_of_generation{i in 1..1: has_export_share and (not has_export_limit or export_limit > 0)}:
  sum{t in HOURS} export[t] <= sum{g in GEN} max_export_of_generation * flh[g] * cap[g];

s.t. area{g in GEN: has_area_limit[g] and area_per_mw[g] > 0}:
  area_per_mw[g] * cap[g] <= area_limit[g];

s.t. ground_land{i in 1..1: has_ground_limit}:
  area_per_mw['pv_ground'] * cap['pv_ground'] + area_per_mw['wind'] * cap['wind'] <= ground_limit;

solve;

/* MathProg's value of an objective leaves out its constant term (glpsol's
   own "Objective:" line includes it): add it back so the printed total is
   the optimum `parkopt size` reports, with existing capacity too. */
printf "Total objective: %.6f\n", annual_cost_wan - existing_capex_wan;
printf{k in CAP} "cap[%s] = %.6f\n", k, cap[k];
end;
