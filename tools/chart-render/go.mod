module mockinterviewbot/chartrender

go 1.19
