# Areas that load on demand (src/areas.rs): when an area's code could not be fetched.
area-failed-title = 合作伙伴中心的这部分内容未能加载
area-failed-text = 请检查网络连接，然后重试。你已输入的内容都会保留。
