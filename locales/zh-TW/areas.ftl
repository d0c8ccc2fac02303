# Areas that load on demand (src/areas.rs): when an area's code could not be fetched.
area-failed-title = 合作夥伴中心的這個部分無法載入
area-failed-text = 請檢查網路連線，然後再試一次。您已輸入的內容都會保留。
