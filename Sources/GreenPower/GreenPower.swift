/// Green-power direct supply sizing (绿电直连, 以荷定源): PV, wind and storage
/// for a park's hourly load under the national self-consumption ratios.
public enum GreenPower {}
