## 合作夥伴無法開啟的頁面，以及可以改為執行的動作。儀表板功能表本身的標籤在 main.ftl 中（shell-menu-*）。
nav-unavailable-role-title = 您的角色無法使用此頁面
nav-unavailable-role-text = 您在組織中的角色沒有此頁面的存取權。如有需要，請要求貴組織的全域系統管理員變更您的角色。
nav-unavailable-cloud-title = 此頁面在此雲端中無法使用
nav-unavailable-cloud-text-china = 此頁面屬於全球雲端的合作夥伴中心，在由 21Vianet 營運的合作夥伴中心中無法使用。
nav-unavailable-cloud-text-global = 此頁面屬於中國雲端由 21Vianet 營運的合作夥伴中心，在合作夥伴中心中無法使用。
nav-instead-heading = 您可以執行的動作
nav-instead-overview = 前往概觀
nav-instead-home = 前往首頁
nav-instead-enrollment-text = 貴組織尚未完成註冊。
nav-instead-enrollment = 繼續註冊
nav-instead-ask-admin = 貴組織尚未完成註冊，而且只有貴組織的全域系統管理員可以為其註冊。請要求全域系統管理員完成註冊，然後再重新登入。

## 組織仍在註冊中、但目前的使用者無法在此為其註冊時
nav-not-enrolled-title = 貴組織尚未註冊
nav-not-here-text = 您的公司帳戶已準備就緒，但貴組織必須先註冊合作夥伴計劃才能使用{ $app }，而此入口網站目前尚未提供註冊。
nav-not-here-sign-out = 您現在可以登出。您的公司帳戶會保留：此處提供註冊後，請再重新登入。
