# Areas that load on demand (src/areas.rs): when an area's code could not be fetched.
area-failed-title = 파트너 센터의 이 부분을 불러오지 못했습니다
area-failed-text = 네트워크 연결을 확인한 후 다시 시도하세요. 입력한 내용은 그대로 유지됩니다.
